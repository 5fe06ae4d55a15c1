package it.modulistica.app.cli;

import it.modulistica.engine.instance.InstanceTallies;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code recount-tallies [--spring.datasource.url=...]}: counts the sent instances again and
 * corrects the counts the back office reads (its tabs, its statistics) where they differ, printing
 * each difference; for a database whose instances were changed by hand in SQL. Sends wait for it
 * (seconds for a million instances). Exits 0 when done, 2 on a usage error, 1 when the database
 * refuses.
 */
public final class RecountTalliesCommand implements ToolCommand {

    @Override
    public String name() {
        return "recount-tallies";
    }

    @Override
    public String usage() {
        return "recount-tallies [--spring.datasource.url=...]  riconta le istanze inviate e corregge i conteggi"
                + " del back office";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.stream().anyMatch(arg -> !arg.startsWith("--"))) {
            err.println("Uso: java -jar modulistica.jar " + usage());
            return 2;
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.withoutHttp(args)) {
            InstanceTallies tallies = new InstanceTallies(context.getBean(NamedParameterJdbcOperations.class),
                    context.getBean(Dialect.class));
            Map<String, Long> differences = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .execute(status -> tallies.recount());
            differences.forEach((count, difference) -> out.printf("%s: %+d%n", count, difference));
            out.println(differences.isEmpty() ? "Conteggi corretti: nessuna differenza"
                    : "Conteggi ricalcolati: " + differences.size() + " differenze corrette");
            return 0;
        } catch (RuntimeException e) {
            err.println("recount-tallies: " + e.getMessage());
            return 1;
        }
    }
}
