package it.modulistica.app.backoffice;

import it.modulistica.engine.backoffice.SearchIndex;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, writes the back-office search index of sent instances that have none: those sent
 * before the index existed (migration V10). New instances are indexed when they are sent. Each
 * instance is indexed in a transaction of its own; an instance with nothing to index (no declarant,
 * no searchable value) is looked at again at the next start, which changes nothing.
 */
@Component
class SearchIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final InstanceRepository instances;
    private final PinnedDefinitions pinned;
    private final TransactionTemplate transactions;

    SearchIndexBackfill(NamedParameterJdbcOperations operations, InstanceRepository instances,
            PinnedDefinitions pinned, TransactionTemplate transactions) {
        this.jdbc = JdbcClient.create(operations);
        this.index = new SearchIndex(operations);
        this.instances = instances;
        this.pinned = pinned;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UUID> missing = jdbc.sql("""
                        select i.id from instance i
                        where i.sent_at is not null and i.deleted_at is null and i.declarant_name is null
                          and not exists (select 1 from instance_search_term t where t.instance_id = i.id)""")
                .query(UUID.class)
                .list();
        for (UUID id : missing) {
            transactions.executeWithoutResult(status -> instances.findById(id)
                    .ifPresent(instance -> index.write(instance, pinned.of(instance))));
        }
        if (!missing.isEmpty()) {
            log.info("Back-office search index written for {} instances sent before it existed", missing.size());
        }
    }
}
