package it.modulistica.app.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The click day, measured from outside with the real stack: creates a PostgreSQL database of its
 * own, starts the packaged jar on it with an SMTP server (GreenMail) as its mail server, and drives
 * it with {@link ClickDayLoad} (32 signed-in clients): a warm-up ({@code invia} and 30 s of
 * {@code sequence}, as a node that has served for a while), then the measured {@code invia} of 800
 * prepared instances and 20 s of {@code sequence}. After each it waits for every receipt to be
 * printed and every e-mail to reach the SMTP server, and reports how long after the last send
 * that took; at the end it checks that the numbers are distinct and without gaps. Writes
 * {@code app/target/click-day-benchmark.md} and drops the database.
 *
 * <p>Argument: the jar. System properties: {@code bench.clickday.database} (default
 * {@code bench_13}), {@code bench.clickday.clients} (32), {@code bench.clickday.per-client} (25),
 * {@code bench.clickday.seconds} (20), {@code bench.app-args} (more arguments of the application, space-separated,
 * e.g. {@code --modulistica.overload.max-concurrent=8} to compare settings), {@code bench.app-java} (its Java
 * options, space-separated). Run by {@code ./mvnw -B -pl app -am -Pbench verify -DskipTests
 * -Dbench.only=clickday} (see docs/performance.md). Speed is measured here, never asserted by a test.
 */
public final class ClickDayBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int PORT = 18013;
    private static final int SMTP_PORT = 18025;
    private static final String URL = "http://127.0.0.1:" + PORT;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);

    private final String jar;
    private final String database;
    private final int clients;
    private final int perClient;
    private final int seconds;
    private final List<String> appArgs;
    private final List<String> javaOptions;
    private final StringBuilder report = new StringBuilder();
    private final List<String> lockRows = new ArrayList<>();
    private LockMetrics locks;
    private final HttpClient http = HttpClient.newHttpClient();
    private GreenMail smtp;

    private ClickDayBenchmark(String jar) {
        this.jar = jar;
        this.database = System.getProperty("bench.clickday.database", "bench_13");
        this.clients = Integer.getInteger("bench.clickday.clients", 32);
        this.perClient = Integer.getInteger("bench.clickday.per-client", 25);
        this.seconds = Integer.getInteger("bench.clickday.seconds", 20);
        this.appArgs = words(System.getProperty("bench.app-args", ""));
        this.javaOptions = words(System.getProperty("bench.app-java", ""));
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        ClickDayBenchmark bench = new ClickDayBenchmark(args[0]);
        bench.run();
    }

    private void run() throws Exception {
        admin("drop database if exists " + database);
        admin("create database " + database);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Process app = start();
        try {
            report.append("# Click-day benchmark\n\n").append(Instant.now()).append(", jar `").append(jar)
                    .append("`, PostgreSQL database `").append(database).append("`, ").append(clients)
                    .append(" signed-in clients").append(appArgs.isEmpty() && javaOptions.isEmpty() ? ""
                            : ", application started with `" + String.join(" ", javaOptions) + " -jar … "
                            + String.join(" ", appArgs) + "`").append(". Load average at start: ").append(load()).append(".\n\n");
            // The JIT needs a few thousand requests of each kind before the code runs at its speed.
            load("warm-up invia", "--scenario", "invia", "--per-client", String.valueOf(perClient));
            load("warm-up sequence", "--scenario", "sequence", "--seconds", "30");
            drain("warm-up");
            report.append("| Run | Load average before / after | Result | Receipts printed after the last send | E-mails at the SMTP server after the last send |\n")
                    .append("|---|---|---|---:|---:|\n");
            locks = new LockMetrics(URL);
            measured("invia", "--scenario", "invia", "--per-client", String.valueOf(perClient));
            measured("sequence", "--scenario", "sequence", "--seconds", String.valueOf(seconds));
            report.append("\nLocks held, from the statement that took them to the end of the transaction "
                    + "(timer `modulistica.lock.held`; `invia` includes the creation of the instances it sends; "
                    + "mean over the run, percentiles and max over its last 20 s):\n\n"
                    + "| Run | Lock | Transactions | Mean | p50 | p95 | p99 | Max |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
            lockRows.forEach(row -> report.append(row).append('\n'));
            numbers();
        } finally {
            app.destroy();
            app.waitFor();
            smtp.stop();
            admin("drop database if exists " + database);
        }
        Path out = Path.of("target", "click-day-benchmark.md");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private Process start() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(URI.create(URL + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding());
            throw new IllegalStateException("Something already answers at " + URL + ": stop it first");
        } catch (IOException free) {
            // nothing listens there: the measured application will be the one started here
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar, "--server.port=" + PORT, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                // The lock times (modulistica.lock.held), read by the administrator after each run;
                // their percentiles over the last 20 s, so that they are the run's.
                "--management.endpoints.web.exposure.include=health,metrics",
                "--management.metrics.distribution.expiry[modulistica.lock.held]=20s",
                "--management.metrics.distribution.buffer-length[modulistica.lock.held]=2"));
        command.addAll(appArgs);
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "click-day-app.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped: see target/click-day-app.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(URL + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        app.destroy();
        throw new IllegalStateException("The application was not ready in 3 minutes");
    }

    /** Runs the load driver in a process of its own and returns the lines it printed. */
    private List<String> load(String what, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "src/test/java/it/modulistica/app/benchmark/ClickDayLoad.java",
                "--url", URL, "--clients", String.valueOf(clients),
                "--data", "../forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json"));
        command.addAll(List.of(arguments));
        Process driver = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(driver.getInputStream().readAllBytes()).lines().toList();
        if (driver.waitFor() != 0) {
            throw new IllegalStateException(what + " failed: " + String.join("\n", lines));
        }
        System.out.println("== " + what);
        lines.forEach(System.out::println);
        return lines;
    }

    private void measured(String what, String... arguments) throws Exception {
        String before = load();
        LockMetrics.Reading counter = locks.read("counter");
        LockMetrics.Reading instance = locks.read("instance");
        List<String> lines = load(what, arguments);
        Instant lastSend = Instant.now();
        String after = load();
        if (counter != null) {
            lockRows.add(locks.read("counter").since(counter).row(what, "counter"));
            lockRows.add(locks.read("instance").since(instance).row(what, "instance"));
        }
        Duration[] drained = drain(what);
        String result = lines.stream()
                .filter(line -> line.startsWith("invia:") || line.startsWith("requests") || line.startsWith("whole")
                        || line.startsWith("errors"))
                .reduce((a, b) -> a + "; " + b).orElse("?");
        report.append("| ").append(what).append(" | ").append(before).append(" / ").append(after).append(" | ")
                .append(result).append(" | ").append(seconds(drained[0])).append(" | ").append(seconds(drained[1]))
                .append(" |\n");
        System.out.println(what + " ended " + lastSend + "; receipts after " + drained[0] + ", e-mails after "
                + drained[1]);
    }

    /**
     * Waits until no receipt is left to print and every e-mail job has reached the SMTP server; the
     * time each took from now, {@code null} for what was still pending after {@link #DRAIN_LIMIT}.
     */
    private Duration[] drain(String what) throws Exception {
        long start = System.nanoTime();
        Duration receipts = null;
        Duration mails = null;
        while (System.nanoTime() - start < DRAIN_LIMIT.toNanos()) {
            long pendingReceipts = count("""
                    select count(*) from instance i where i.sent_at is not null and not exists (
                        select 1 from instance_document d where d.instance_id = i.id and d.kind = 'RECEIPT')""");
            long pendingMails = count("""
                    select (select count(*) from instance_effect where status = 'PENDING'
                                and effect in ('send-receipt', 'notify-owner'))
                         + (select count(*) from mail_job where status <> 'SENT')""");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (receipts == null && pendingReceipts == 0) {
                receipts = elapsed;
            }
            // Only then ask the SMTP server: it copies every message it holds to answer.
            if (mails == null && pendingMails == 0 && smtp.getReceivedMessages().length >= count(
                    "select count(*) from mail_job where status = 'SENT'")) {
                mails = elapsed;
            }
            if (receipts != null && mails != null) {
                return new Duration[] {receipts, mails};
            }
            Thread.sleep(250);
        }
        System.out.println(what + ": receipts or e-mails still pending after " + DRAIN_LIMIT);
        return new Duration[] {receipts, mails};
    }

    /** Numbers are distinct and, per module and year, without gaps. */
    private void numbers() throws SQLException {
        TreeMap<String, TreeSet<Long>> byPrefix = new TreeMap<>();
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet numbers = sql.executeQuery("select number from instance where number is not null")) {
            while (numbers.next()) {
                String number = numbers.getString(1);
                int dot = number.lastIndexOf('.');
                byPrefix.computeIfAbsent(number.substring(0, dot), prefix -> new TreeSet<>())
                        .add(Long.parseLong(number.substring(dot + 1)));
                rows++;
            }
        }
        List<String> problems = new ArrayList<>();
        long distinct = 0;
        for (var entry : byPrefix.entrySet()) {
            TreeSet<Long> seen = entry.getValue();
            distinct += seen.size();
            if (seen.first() != 1 || seen.last() != seen.size()) {
                problems.add(entry.getKey() + ": " + seen.size() + " numbers from " + seen.first() + " to " + seen.last());
            }
        }
        if (distinct != rows) {
            problems.add((rows - distinct) + " numbers given twice");
        }
        report.append("\nNumbers: ").append(rows).append(" instances numbered in ").append(byPrefix.keySet())
                .append("; ").append(problems.isEmpty() ? "all distinct, without gaps" : "PROBLEMS: " + problems)
                .append(". E-mails received by the SMTP server: ").append(smtp.getReceivedMessages().length)
                .append(".\n");
    }

    private long count(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void admin(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String seconds(Duration duration) {
        if (duration == null) {
            return "not within " + DRAIN_LIMIT.toMinutes() + " min";
        }
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String load() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
