package it.modulistica.app.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.cli.ApplicationContexts;
import it.modulistica.app.cli.ToolCommand;
import it.modulistica.app.config.ModulisticaProperties;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.FormCatalog;
import it.modulistica.engine.instance.InstanceTallies;
import it.modulistica.engine.instance.JdbcVersionLedger;
import it.modulistica.engine.numbering.InstanceNumbering;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code seed-instances N [--random-seed=S] [--spring.datasource.url=...] [--modulistica.forms-dir=...]}:
 * starts the application without an HTTP port on the configured database (migrating it as the
 * server would), writes N sent instances of the published modules (see {@link InstanceSeeder}) and
 * exits: 0 when written, 2 on a usage error, 1 when the database or the modules refuse.
 */
public final class SeedInstancesCommand implements ToolCommand {

    private static final String RANDOM_SEED = "--random-seed=";

    @Override
    public String name() {
        return "seed-instances";
    }

    @Override
    public String usage() {
        return "seed-instances N [--random-seed=S] [--spring.datasource.url=... --modulistica.forms-dir=...]"
                + "  scrive N istanze inviate dei moduli pubblicati, per prove di carico";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> positional = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        int count;
        long seed;
        try {
            count = positional.size() == 1 ? Integer.parseInt(positional.get(0).replace("_", "")) : -1;
            seed = args.stream().filter(arg -> arg.startsWith(RANDOM_SEED))
                    .mapToLong(arg -> Long.parseLong(arg.substring(RANDOM_SEED.length()))).findFirst().orElse(15L);
        } catch (NumberFormatException e) {
            count = -1;
            seed = 0;
        }
        if (count < 1) {
            err.println("Uso: java -jar modulistica.jar " + usage());
            return 2;
        }
        List<String> springArgs = args.stream()
                .filter(arg -> arg.startsWith("--") && !arg.startsWith(RANDOM_SEED)).toList();
        try (ConfigurableApplicationContext context = ApplicationContexts.withoutHttp(springArgs)) {
            return seed(context, count, seed, out, err);
        } catch (RuntimeException e) {
            err.println("seed-instances: " + e.getMessage());
            return 1;
        }
    }

    private static int seed(ConfigurableApplicationContext context, int count, long seed, PrintStream out,
            PrintStream err) {
        ModulisticaProperties properties = context.getBean(ModulisticaProperties.class);
        InstanceSeeder seeder = new InstanceSeeder(context.getBean(FormCatalog.class),
                context.getBean(JdbcVersionLedger.class), context.getBean(InstanceNumbering.class),
                context.getBean(DataSource.class),
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                code -> examples(properties.formsDir() == null ? "classpath*:forms/" + code
                        : properties.formsDir().toUri() + code),
                context.getBean(Dialect.class) instanceof PostgresDialect,
                new InstanceTallies(context.getBean(NamedParameterJdbcOperations.class), context.getBean(Dialect.class)));
        List<String> skipped = new ArrayList<>();
        List<InstanceSeeder.Module> modules = seeder.modules(skipped);
        skipped.forEach(problem -> err.println("Modulo escluso: " + problem));
        if (modules.isEmpty()) {
            err.println("seed-instances: nessun modulo pubblicato ha esempi validi e un'azione di invio");
            return 1;
        }
        InstanceSeeder.Summary summary = seeder.seed(modules, count, seed,
                context.getBean(Clock.class).instant(), out);
        summary.byModuleAndState().forEach((code, states) -> out.println(code + " " + states));
        out.printf("%,d istanze scritte in %d s%n", count, summary.took().toSeconds());
        return 0;
    }

    /** The module's valid examples: {@code <location>/examples/valid/*.json}, by file name. */
    static List<ObjectNode> examples(String moduleLocation) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(
                    (moduleLocation.endsWith("/") ? moduleLocation : moduleLocation + "/") + "examples/valid/*.json");
            List<ObjectNode> examples = new ArrayList<>();
            for (Resource resource : Arrays.stream(found)
                    .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename()))).toList()) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode example = DefinitionJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (example instanceof ObjectNode object) {
                        examples.add(object);
                    }
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
