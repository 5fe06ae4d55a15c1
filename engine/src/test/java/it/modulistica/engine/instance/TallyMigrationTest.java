package it.modulistica.engine.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that brings the counts of sent instances counts what a database already holds: each
 * sent instance not deleted once, under its state and its day of sending in Europe/Rome.
 */
class TallyMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Vendor.class)
    void countsTheInstancesSentBeforeTheCountsExisted(TestDatabase.Vendor vendor) {
        try (TestDatabase database = TestDatabases.of(vendor, "22.3")) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            UUID version = UUID.randomUUID();
            jdbc.sql("insert into form_version (id, code, version, sha256, content, published_at) values (:id, "
                            + "'prova', '1.0.0', :sha, '{}', timestamp with time zone '2026-01-01 00:00:00+00')")
                    .param("id", version).param("sha", "a".repeat(64)).update();
            // Sent at 00:30 in Rome, counted on the 11th; sent and routed; a draft; sent and deleted; concluded.
            insert(jdbc, version, "INVIATA", "2026-03-10 23:30:00+00", null, null);
            insert(jdbc, version, "INVIATA", "2026-03-11 09:00:00+00", "altra", null);
            insert(jdbc, version, "BOZZA", null, null, null);
            insert(jdbc, version, "INVIATA", "2026-03-11 10:00:00+00", null, "2026-03-12 10:00:00+00");
            insert(jdbc, version, "ACCOLTA", "2026-03-12 10:00:00+00", null, null);

            TestDatabases.migrate(database);

            assertThat(TallyRecount.differences(database.dataSource())).isEmpty();
            assertThat(jdbc.sql("select routing_key, state, n from instance_state_tally order by routing_key, state")
                    .query((row, n) -> row.getString(1) + "/" + row.getString(2) + "=" + row.getLong(3)).list())
                    .isEqualTo(List.of("/ACCOLTA=1", "/INVIATA=1", "altra/INVIATA=1"));
            assertThat(jdbc.sql("select sent_day, sum(n) from instance_day_tally group by sent_day order by sent_day")
                    .query((row, n) -> row.getString(1) + "=" + row.getLong(2)).list())
                    .isEqualTo(List.of("2026-03-11=2", "2026-03-12=1"));
        }
    }

    private static void insert(JdbcClient jdbc, UUID version, String state, String sentAt, String routing,
            String deletedAt) {
        jdbc.sql("""
                        insert into instance (id, version, form_version_id, form_code, form_version, form_sha256, owner,
                               state, data, created_at, updated_at, sent_at, routing_category, deleted_at)
                        values (:id, 1, :version, 'prova', '1.0.0', :sha, 'mrossi', :state, '{}',
                               timestamp with time zone '2026-03-01 00:00:00+00',
                               timestamp with time zone '2026-03-01 00:00:00+00',
                               cast(:sent as timestamp with time zone), :routing,
                               cast(:deleted as timestamp with time zone))""")
                .param("id", UUID.randomUUID()).param("version", version).param("sha", "a".repeat(64))
                .param("state", state).param("sent", sentAt).param("routing", routing).param("deleted", deletedAt)
                .update();
    }
}
