package it.modulistica.app.seed;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.app.cli.RecountTalliesCommand;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.instance.TallyRecount;
import it.modulistica.engine.validation.CodiceFiscale;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code seed-instances} on a database its subclasses choose: the command starts its own
 * non-web context, writes the instances as the send path leaves them and exits; a second run
 * continues the counters.
 */
abstract class SeedInstancesContract {

    /** The datasource arguments of the command. */
    abstract List<String> databaseArguments();

    abstract Connection connect() throws SQLException;

    @Test
    void writesSentInstancesAsTheSendPathLeavesThemAndContinuesTheCounters() throws Exception {
        assertThat(run("1200")).isZero();
        assertThat(run("300", "--random-seed=7")).isZero();

        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            assertThat(single(sql, "select count(*) from instance")).isEqualTo(1500);
            assertThat(single(sql, "select count(distinct number) from instance")).isEqualTo(1500);
            assertThat(single(sql, "select count(*) from instance where sent_at is null or frozen_data is null"))
                    .isZero();
            // A module whose prefill names the compiler has a declarant on every instance; one without has none.
            assertThat(single(sql, "select count(*) from instance where declarant_code is not null")).isPositive();
            assertThat(single(sql, "select count(*) from (select form_code from instance group by form_code"
                    + " having count(declarant_code) <> 0 and count(declarant_code) <> count(*)) mixed")).isZero();
            assertThat(single(sql, "select count(distinct form_code) from instance")).isGreaterThanOrEqualTo(4);
            assertThat(single(sql, "select count(*) from instance where owner = '" + InstanceSeeder.SERVICE_OWNER
                    + "'")).isEqualTo(15);
            assertThat(single(sql, "select count(*) from instance where organisation is not null")).isPositive();
            // Each module's counters end at the number of instances written under them.
            assertThat(single(sql, "select sum(last_number) from instance_counter")).isEqualTo(1500);
            assertThat(single(sql, "select count(*) from instance_history h where h.action = 'creazione'"))
                    .isEqualTo(1500);
            assertThat(single(sql, "select count(distinct instance_id) from instance_search_term where kind = 'declarant'"))
                    .isEqualTo(single(sql, "select count(*) from instance where declarant_code is not null"));
            // Not all: a module's searchable fields may be in group rows an example leaves empty.
            assertThat(single(sql, "select count(distinct instance_id) from instance_search_term where kind = 'text'"))
                    .isGreaterThan(1000);
            assertThat(single(sql, "select count(distinct state) from instance where form_code = 'utenti-servizi-06'"))
                    .isGreaterThanOrEqualTo(4);
            assertThat(single(sql, "select count(*) from instance where sent_at < created_at or updated_at < sent_at"))
                    .isZero();
            // The back office's counts count each one once.
            assertThat(single(sql, "select sum(n) from instance_state_tally")).isEqualTo(1500);
            assertThat(TallyRecount.differences(connection)).isEmpty();

            List<String> problems = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            try (ResultSet rows = sql.executeQuery(
                    "select frozen_data, frozen_sha256, declarant_code from instance order by sent_at")) {
                while (rows.next()) {
                    String frozen = rows.getString(1);
                    if (!DefinitionJson.sha256(frozen).equals(rows.getString(2))
                            || !DefinitionJson.canonical(DefinitionJson.parse(frozen)).equals(frozen)) {
                        problems.add("hash of " + frozen);
                    }
                    if (rows.getString(3) != null && !CodiceFiscale.isValid(rows.getString(3))) {
                        problems.add("codice fiscale " + rows.getString(3));
                    }
                    codes.add(rows.getString(3));
                }
            }
            assertThat(problems).isEmpty();
            assertThat(codes).hasSizeGreaterThan(1000);

            // An instance moved by hand in SQL: recount-tallies finds and corrects the two counts it changed.
            sql.executeUpdate("update instance set state = 'ARCHIVIATA' where id = (select id from instance"
                    + " where form_code = 'utenti-servizi-06' and state = 'INVIATA' and routing_category is null"
                    + " order by id fetch first 1 rows only)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> recount = new ArrayList<>(databaseArguments());
            assertThat(new RecountTalliesCommand().run(recount, new PrintStream(out, true, StandardCharsets.UTF_8),
                    System.err)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("utenti-servizi-06||INVIATA: +1",
                    "utenti-servizi-06||ARCHIVIATA: -1", "2 differenze corrette");
            assertThat(TallyRecount.differences(connection)).isEmpty();
        }
    }

    @Test
    void refusesAMissingOrWrongCount() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("molte")).isEqualTo(2);
        assertThat(run("0")).isEqualTo(2);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseArguments());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new SeedInstancesCommand().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("seed-instances");
        }
        return status;
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
