package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.instance.PinnedDefinitions;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Le mie istanze": a caller's own instances, searched and paged, and the instances each user marks
 * as important ("Importanti").
 */
@Transactional
public class MyInstances {

    private final InstanceAccess access;
    private final InstanceSearch search;
    private final JdbcClient jdbc;

    public MyInstances(InstanceRepository instances, PinnedDefinitions pinned, NamedParameterJdbcOperations operations,
            Dialect dialect) {
        this.access = new InstanceAccess(instances, pinned);
        this.jdbc = JdbcClient.create(operations);
        this.search = new InstanceSearch(jdbc, dialect instanceof PostgresDialect);
    }

    /** The caller's own instances, not deleted, matching {@code query}, newest first. */
    @Transactional(readOnly = true)
    public InstancePage search(Caller caller, InstanceQuery query) {
        return search.search(caller.username(), query);
    }

    /**
     * The instances others started for the organisations the caller is a member of, of the modules
     * shared with the organisation ({@code x-module.sharedWithOrganisation}), newest first: the tab
     * "Dell'ente". Organisations the caller does not belong to are ignored.
     *
     * @param organisations the codes of the caller's organisations
     * @param sharedForms   the codes of the modules shared with the organisation
     */
    @Transactional(readOnly = true)
    public InstancePage ofOrganisations(Caller caller, Collection<String> organisations, Collection<String> sharedForms,
            int page, int size) {
        List<String> members = organisations.stream().filter(code -> caller.mayActFor(code, null)).toList();
        return search.ofOrganisations(caller.username(), members, sharedForms, page, size);
    }

    /**
     * Marks an instance the caller sees as important for them; marking it again changes nothing.
     *
     * @throws InstanceNotFound when the caller does not see it
     */
    public void star(UUID id, Caller caller) {
        access.load(id, caller);
        jdbc.sql("""
                        insert into instance_star (instance_id, username)
                        select :id, :username from (values (1)) one
                        where not exists (select 1 from instance_star where instance_id = :id and username = :username)""")
                .param("id", id)
                .param("username", caller.username())
                .update();
    }

    /**
     * Removes the caller's mark; removing a missing mark changes nothing.
     *
     * @throws InstanceNotFound when the caller does not see it
     */
    public void unstar(UUID id, Caller caller) {
        access.load(id, caller);
        jdbc.sql("delete from instance_star where instance_id = :id and username = :username")
                .param("id", id)
                .param("username", caller.username())
                .update();
    }
}
