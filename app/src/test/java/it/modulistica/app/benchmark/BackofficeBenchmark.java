package it.modulistica.app.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The back office at scale, measured from outside: creates a PostgreSQL database of its own, seeds it
 * with the packaged jar's {@code seed-instances}, starts the jar on it ({@code -Xmx512m}, port 18015,
 * 127.0.0.1 only), and times over HTTP every list and search of the operator's API and pages, page 1
 * and page 50 (through the {@code next} cursor, or {@code page=49} on a jar that has none), the
 * citizens' "Le mie istanze" and "Cerca istanza" of an account with many instances, and the
 * exports with the application's peak heap; prints the EXPLAIN ANALYZE of the main queries; drops
 * the database. Writes a Markdown report to {@code app/target/backoffice-benchmark.md}.
 *
 * <p>Arguments: {@code JAR [INSTANCES]}; system properties {@code bench.database} (default
 * {@code bench_15}), {@code bench.reuse=true} to measure an already seeded database and keep it,
 * {@code bench.runs} (default 15), {@code bench.export=false} to skip the exports.
 */
public final class BackofficeBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String BASE = "http://127.0.0.1:18015";
    private static final String FORM = "utenti-servizi-06";
    private static final String OPERATOR = "operatore";
    private static final String PASSWORD = "demo";
    private static final String CITIZEN = "caf-seed";
    private static final String CITIZEN_PASSWORD = "benchmark-15-password";
    private static final int RUNS = Integer.getInteger("bench.runs", 15);

    private final String jar;
    private final String database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> tokens = new java.util.HashMap<>();

    private BackofficeBenchmark(String jar, String database) {
        this.jar = jar;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Uso: BackofficeBenchmark JAR [ISTANZE]");
            System.exit(2);
        }
        int instances = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        boolean reuse = Boolean.getBoolean("bench.reuse");
        BackofficeBenchmark bench = new BackofficeBenchmark(args[0], System.getProperty("bench.database", "bench_15"));
        if (!reuse) {
            bench.createDatabase();
            bench.seed(instances);
        }
        Process app = bench.start();
        try {
            bench.measure(app);
        } finally {
            app.destroy();
            app.waitFor();
            if (!reuse) {
                bench.dropDatabase();
            }
        }
        Path out = Path.of("target", "backoffice-benchmark.md");
        Files.writeString(out, bench.report);
        System.out.println(bench.report);
        System.out.println("Report: " + out.toAbsolutePath());
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + database);
            sql.execute("create database " + database);
        }
    }

    private void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
        }
    }

    private List<String> datasource() {
        return List.of("--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
    }

    private void seed(int instances) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", jar, "seed-instances",
                String.valueOf(instances)));
        command.addAll(datasource());
        long started = System.nanoTime();
        Process seed = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "seed-instances.log").toFile()).start();
        if (seed.waitFor() != 0) {
            throw new IllegalStateException("seed-instances failed: see target/seed-instances.log");
        }
        report.append("Seeded ").append(String.format("%,d", instances)).append(" instances in ")
                .append(Duration.ofNanos(System.nanoTime() - started).toSeconds()).append(" s (load ")
                .append(load()).append(").\n\n");
    }

    private Process start() throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar, "--server.port=18015",
                "--server.address=127.0.0.1", "--logging.level.root=WARN"));
        command.addAll(datasource());
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "benchmark-app.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped: see target/benchmark-app.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                Thread.sleep(1000);
            }
        }
        app.destroy();
        throw new IllegalStateException("The application did not start in 15 minutes");
    }

    private void measure(Process app) throws Exception {
        Map<String, String> samples = samples();
        report.append("Instances of ").append(FORM).append(" operators see: ").append(samples.get("count"))
                .append("; of the service account ").append(CITIZEN).append(": ").append(samples.get("citizen"))
                .append(". Load average at start: ").append(load()).append(".\n\n");
        signIn();
        createCitizen();
        issueToken(OPERATOR, PASSWORD);
        issueToken(CITIZEN, CITIZEN_PASSWORD);
        report.append("| Request | API page 1 p50 / p95 | API page 50 p50 / p95 | HTML page 1 p50 / p95 | HTML page 50 p50 / p95 |\n");
        report.append("|---|---:|---:|---:|---:|\n");
        Map<String, String> lists = new LinkedHashMap<>();
        for (String tab : List.of("pervenute", "in-lavorazione", "in-attesa-integrazione", "concluse")) {
            lists.put("tab " + tab, "tab=" + tab);
        }
        for (String sort : List.of("sentAt", "number", "state", "organisation", "declarant")) {
            lists.put("sort " + sort, "sort=" + sort);
            lists.put("sort -" + sort, "sort=-" + sort);
        }
        lists.put("q common first name (" + samples.get("common") + ")", "q=" + samples.get("common"));
        lists.put("q rare word (one instance's codice fiscale)", "q=" + samples.get("rare"));
        lists.put("declarant common surname (" + samples.get("surname") + ")", "declarant=" + samples.get("surname"));
        lists.put("declarant codice fiscale", "declarant=" + samples.get("declarant"));
        lists.put("number, whole", "number=" + samples.get("number"));
        lists.put("number, part", "number=" + samples.get("numberPart"));
        lists.put("organisation", "organisation=" + samples.get("organisation"));
        lists.put("sent in one month", "from=" + samples.get("from") + "&to=" + samples.get("to"));
        lists.put("state IN_ATTESA_INTEGRAZIONE", "state=IN_ATTESA_INTEGRAZIONE");
        lists.put("tab in-lavorazione, q common, one month", "tab=in-lavorazione&q=" + samples.get("common") + "&from="
                + samples.get("from") + "&to=" + samples.get("to"));
        // One unmeasured pass over every list first, API and page: the measured figures are those of a
        // warm server (the first lists measured otherwise paid for the JIT compilation of the paths
        // every later list shares: the first HTML page 71 ms p95 in one run, 42 ms in the next).
        System.out.println("Warming up (load " + load() + ")");
        for (String filter : lists.values()) {
            time("/api/backoffice/instances?form=" + FORM + "&" + filter, true);
            time("/backoffice/moduli/" + FORM + "?" + filter, false);
        }
        for (Map.Entry<String, String> list : lists.entrySet()) {
            String api = "/api/backoffice/instances?form=" + FORM + "&" + list.getValue();
            String page50 = pageFifty(api);
            // The page lists the first tab when the filter names none: its page 50 is that list's.
            String html = "/backoffice/moduli/" + FORM + "?" + list.getValue();
            String htmlFilter = list.getValue().contains("tab=") ? list.getValue() : list.getValue() + "&tab=pervenute";
            String htmlApi50 = pageFifty("/api/backoffice/instances?form=" + FORM + "&" + htmlFilter);
            String html50 = htmlApi50 == null ? null : htmlApi50.contains("after=")
                    ? "/backoffice/moduli/" + FORM + "?" + htmlFilter + "&sort=" + sortOf(list.getValue())
                            + htmlApi50.substring(htmlApi50.indexOf("&after="))
                    : html + "&page=49";
            System.out.println("Measuring " + list.getKey() + " (load " + load() + ")");
            report.append("| ").append(list.getKey()).append(" | ").append(time(api, true)).append(" | ")
                    .append(page50 == null ? "fewer than 50 pages" : time(page50, true)).append(" | ")
                    .append(time(html, false)).append(" | ")
                    .append(html50 == null ? "—" : time(html50, false)).append(" |\n");
        }
        report.append("| /api/backoffice/forms (counts of every tab) | ").append(time("/api/backoffice/forms", true))
                .append(" | | ").append(time("/backoffice", false)).append(" | |\n");
        report.append("| statistics (/api/backoffice/stats, the page) | ").append(time("/api/backoffice/stats?form=" + FORM,
                true)).append(" | | ").append(time("/backoffice/moduli/" + FORM + "/statistiche", false)).append(" | |\n");
        report.append("\nCitizen ").append(CITIZEN).append(" (").append(samples.get("citizen")).append(" instances):\n\n");
        report.append("| Request | p50 / p95 |\n|---|---:|\n");
        signInAs(CITIZEN, CITIZEN_PASSWORD);
        // Page 50: the API's next link followed 49 times; the pages take the same cursor.
        String citizen50 = pageFiftyAs(CITIZEN, CITIZEN_PASSWORD, "/api/instances?size=10");
        String cursor50 = citizen50 == null || !citizen50.contains("&after=") ? null
                : citizen50.substring(citizen50.indexOf("&after="));
        String inviate50 = pageFiftyAs(CITIZEN, CITIZEN_PASSWORD, "/api/instances?size=10&tab=inviate");
        Map<String, String> citizen = new LinkedHashMap<>();
        citizen.put("API /api/instances page 1", "/api/instances?size=10");
        citizen.put("API /api/instances page 50", citizen50 == null ? "/api/instances?size=10&page=49" : citizen50);
        citizen.put("API /api/instances?number=", "/api/instances?number=" + samples.get("citizenNumber"));
        citizen.put("API /api/instances?number= (part)", "/api/instances?number=" + samples.get("citizenNumberPart"));
        citizen.put("HTML Le mie istanze (inviate)", "/le-mie-istanze?tab=inviate");
        citizen.put("HTML Le mie istanze page 50", inviate50 == null || !inviate50.contains("&after=")
                ? "/le-mie-istanze?tab=inviate&page=49"
                : "/le-mie-istanze?tab=inviate" + inviate50.substring(inviate50.indexOf("&after=")));
        citizen.put("HTML Cerca istanza by number", "/cerca-istanza?number=" + samples.get("citizenNumber"));
        citizen.put("HTML Cerca istanza by state", "/cerca-istanza?state=INVIATA");
        citizen.put("HTML Cerca istanza by state, page 50", "/cerca-istanza?state=INVIATA"
                + (cursor50 == null ? "&page=49" : cursor50));
        for (Map.Entry<String, String> request : citizen.entrySet()) {
            boolean api = request.getValue().startsWith("/api/");
            report.append("| ").append(request.getKey()).append(" | ")
                    .append(api ? timeAs(CITIZEN, CITIZEN_PASSWORD, request.getValue()) : time(request.getValue(), false))
                    .append(" |\n");
        }
        if (!"false".equals(System.getProperty("bench.export"))) {
            report.append("\nExports of the whole module (").append(samples.get("count")).append(" instances), ")
                    .append("application at -Xmx512m:\n\n| Export | Time | Bytes | Peak heap used |\n|---|---:|---:|---:|\n");
            for (String format : List.of("csv", "xlsx")) {
                export(app, format);
            }
        }
        report.append("\nLoad average at the end: ").append(load()).append(".\n\n");
        explain(samples);
    }

    private static String sortOf(String query) {
        Matcher sort = Pattern.compile("sort=([-a-zA-Z]+)").matcher(query);
        return sort.find() ? sort.group(1) : "-sentAt";
    }

    /** The link of page 50: 49 times {@code next}, or {@code page=49} when the API has no cursors. */
    private String pageFifty(String first) throws Exception {
        return pageFiftyAs(OPERATOR, PASSWORD, first);
    }

    private String pageFiftyAs(String user, String password, String first) throws Exception {
        String body = getAs(user, password, first).body();
        if (!body.contains("\"next\"")) {
            return totalOf(body) > 49 * 20 ? first + "&page=49" : null;
        }
        String link = first;
        for (int page = 1; page < 50; page++) {
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            if (!next.find()) {
                return null;
            }
            link = next.group(1);
            body = getAs(user, password, link).body();
        }
        return link;
    }

    private static long totalOf(String body) {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }

    private String time(String path, boolean api) throws Exception {
        return api ? timeAs(OPERATOR, PASSWORD, path) : timeBrowser(path);
    }

    private String timeAs(String user, String password, String path) throws Exception {
        return timed(path, () -> http.send(request(path, user, password).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String timeBrowser(String path) throws Exception {
        return timed(path, () -> browser.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** p50 / p95 of {@value #RUNS} calls after 3 to warm up. */
    private static String timed(String path, Callable<HttpResponse<String>> call) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < RUNS + 3; run++) {
            long started = System.nanoTime();
            HttpResponse<String> response = call.call();
            long took = (System.nanoTime() - started) / 1000;
            check(path, response);
            if (run >= 3) {
                micros.add(took);
            }
        }
        return percentiles(micros);
    }

    private static void check(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String percentiles(List<Long> micros) {
        Collections.sort(micros);
        return ms(micros.get(micros.size() / 2)) + " / " + ms(micros.get((int) Math.ceil(micros.size() * 0.95) - 1));
    }

    private static String ms(long micros) {
        return String.format("%.1f ms", micros / 1000.0);
    }

    /**
     * A request as an integration makes it: with the user's API token once issued ({@link #issueToken}),
     * since HTTP Basic checks the password's hash on every call (about 70 ms here, more than any query).
     */
    private HttpRequest.Builder request(String path, String user, String password) {
        String token = tokens.get(user);
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", token != null ? "Bearer " + token : "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private void issueToken(String user, String password) throws Exception {
        HttpResponse<String> response = http.send(request("/api/me/tokens", user, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark " + System.nanoTime() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("No API token for " + user + ": " + response.statusCode() + " "
                    + response.body());
        }
        tokens.put(user, token.group(1));
    }

    private HttpResponse<String> getAs(String user, String password, String path) throws Exception {
        HttpResponse<String> response = http.send(request(path, user, password).build(),
                HttpResponse.BodyHandlers.ofString());
        check(path, response);
        return response;
    }

    private void signIn() throws Exception {
        signInAs(OPERATOR, PASSWORD);
    }

    private void signInAs(String user, String password) throws Exception {
        String login = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + user + " refused: " + response.statusCode() + " " + location);
        }
    }

    private void createCitizen() throws Exception {
        String body = "{\"username\":\"" + CITIZEN + "\",\"fullName\":\"CAF di prova\",\"password\":\""
                + CITIZEN_PASSWORD + "\"}";
        HttpResponse<String> response = http.send(request("/api/admin/users", "admin", PASSWORD)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409 && response.statusCode() != 422) {
            throw new IllegalStateException("Creating " + CITIZEN + ": " + response.statusCode() + " " + response.body());
        }
    }

    private void export(Process app, String format) throws Exception {
        AtomicLong peak = new AtomicLong();
        // A flag, not an interrupt: jstat's waitFor would swallow the interrupt and sample forever.
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(heapUsed(app.pid()), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request("/api/backoffice/export?form=" + FORM + "&format="
                + format, OPERATOR, PASSWORD).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream in = response.body()) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        long took = System.nanoTime() - started;
        done.set(true);
        sampler.join();
        report.append("| ").append(format).append(response.statusCode() == 200 ? "" : " (" + response.statusCode() + ")")
                .append(" | ").append(Duration.ofNanos(took).toSeconds()).append(" s | ")
                .append(String.format("%,d", bytes)).append(" | ").append(peak.get() / (1024 * 1024))
                .append(" MiB |\n");
    }

    /** Heap in use (survivors, eden, old generation) as {@code jstat -gc} reports it, in bytes. */
    private static long heapUsed(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            jstat.waitFor();
            if (lines.size() < 2) {
                return 0;
            }
            List<String> names = List.of(lines.get(0).trim().split("\\s+"));
            String[] values = lines.get(1).trim().split("\\s+");
            double used = 0;
            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[names.indexOf(column)]);
            }
            return (long) (used * 1024);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return 0;
        }
    }

    private Map<String, String> samples() throws SQLException {
        Map<String, String> samples = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement sql = connection.createStatement()) {
            samples.put("count", single(sql, "select count(*) from instance where form_code = '" + FORM
                    + "' and sent_at is not null"));
            samples.put("citizen", single(sql, "select count(*) from instance where owner = '" + CITIZEN + "'"));
            samples.put("common", "giulia");
            samples.put("surname", "rossi");
            samples.put("rare", single(sql, "select lower(declarant_code) from instance where form_code = '" + FORM
                    + "' and declarant_code is not null order by id limit 1"));
            samples.put("declarant", single(sql, "select declarant_code from instance where form_code = '" + FORM
                    + "' and declarant_code is not null order by id offset 7 limit 1"));
            String number = single(sql, "select number from instance where form_code = '" + FORM
                    + "' and number is not null order by id limit 1");
            samples.put("number", number);
            samples.put("numberPart", number.substring(number.length() - 5));
            samples.put("organisation", single(sql, "select organisation from instance where form_code = '" + FORM
                    + "' and organisation is not null order by id limit 1"));
            samples.put("from", single(sql, "select cast(cast(min(sent_at) as date) + 100 as varchar) from instance"));
            samples.put("to", single(sql, "select cast(cast(min(sent_at) as date) + 130 as varchar) from instance"));
            String citizenNumber = single(sql, "select number from instance where owner = '" + CITIZEN
                    + "' order by id limit 1");
            samples.put("citizenNumber", citizenNumber);
            samples.put("citizenNumberPart", citizenNumber.substring(citizenNumber.length() - 5));
        }
        return samples;
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the queries the lists and searches run, written as the
     * application writes them (OperatorSearch, OperatorSort, OperatorInstances), with the values
     * inlined: for each shape the capped count, page 1 and the keyset page after the 980th instance
     * (page 50 of 20). A word is looked up as the application does for its number of entries in the
     * module's word index (OperatorInstances.WordLookup). A table gives every execution time; the
     * plans of the main shapes follow.
     */
    private void explain(Map<String, String> samples) throws SQLException {
        String visible = "('INVIATA', 'IN_LAVORAZIONE', 'IN_ATTESA_INTEGRAZIONE', 'ACCOLTA', 'RESPINTA', 'ARCHIVIATA')";
        String base = "i.form_code = '" + FORM + "' and i.deleted_at is null and i.state in " + visible;
        String columns = "select i.id, i.form_code, i.number, i.state, i.organisation, i.declarant_name, "
                + "i.declarant_code, i.sent_at, i.updated_at, i.protocol_number, i.protocol_date";
        String month = " and i.sent_at >= '" + samples.get("from") + "' and i.sent_at < '" + samples.get("to") + "'";
        String number = samples.get("number").toUpperCase();
        // name -> {filter, kind of the word or null, word}
        Map<String, String[]> shapes = new LinkedHashMap<>();
        shapes.put("tab pervenute", new String[] {" and i.state in ('INVIATA')", null, null});
        shapes.put("tab in-lavorazione", new String[] {" and i.state in ('IN_LAVORAZIONE')", null, null});
        shapes.put("tab in-attesa-integrazione", new String[] {" and i.state in ('IN_ATTESA_INTEGRAZIONE')", null, null});
        shapes.put("tab concluse", new String[] {" and i.state in ('ACCOLTA', 'RESPINTA', 'ARCHIVIATA')", null, null});
        for (String sort : List.of("sentAt", "number", "state", "organisation", "declarant")) {
            shapes.put("sort " + sort, new String[] {"", null, null});
            shapes.put("sort -" + sort, new String[] {"", null, null});
        }
        shapes.put("q common", new String[] {"", "text", samples.get("common")});
        shapes.put("q rare", new String[] {"", "text", samples.get("rare")});
        shapes.put("declarant common surname", new String[] {"", "declarant", samples.get("surname")});
        shapes.put("declarant codice fiscale", new String[] {"", "declarant", samples.get("declarant").toLowerCase()});
        shapes.put("number, whole", new String[] {" and ((upper(i.number) like '%" + number.substring(number.length() - 7)
                + "%' escape '!' and upper(i.number) || '' like '%" + number + "%' escape '!') or "
                + "(upper(i.protocol_number) like '%" + number.substring(number.length() - 7) + "%' escape '!' and "
                + "upper(i.protocol_number) || '' like '%" + number + "%' escape '!'))", null, null});
        String part = samples.get("numberPart").toUpperCase();
        shapes.put("number, part", new String[] {" and (upper(i.number) like '%" + part + "%' escape '!' or "
                + "upper(i.protocol_number) like '%" + part + "%' escape '!')", null, null});
        shapes.put("organisation", new String[] {" and i.organisation = '" + samples.get("organisation") + "'", null, null});
        shapes.put("sent in one month", new String[] {month, null, null});
        shapes.put("state IN_ATTESA_INTEGRAZIONE", new String[] {" and i.state = 'IN_ATTESA_INTEGRAZIONE'", null, null});
        shapes.put("tab in-lavorazione, q common, one month", new String[] {" and i.state in ('IN_LAVORAZIONE')" + month,
                "text", samples.get("common")});
        Map<String, String> columnsBySort = Map.of("sentAt", "i.sent_at", "number", "i.number", "state", "i.state",
                "organisation", "i.organisation", "declarant", "i.declarant_name");
        Map<String, String> plans = new LinkedHashMap<>();
        report.append("\n#### EXPLAIN (ANALYZE, BUFFERS): execution times\n\n")
                .append("| Shape | word's entries in the module | capped count | page 1 | page 50 (keyset) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement sql = connection.createStatement()) {
            // As OperatorInstances plans its searches.
            sql.execute("set max_parallel_workers_per_gather = 0");
            for (Map.Entry<String, String[]> shape : shapes.entrySet()) {
                String sort = shape.getKey().startsWith("sort ") ? shape.getKey().substring(5) : "-sentAt";
                boolean down = sort.startsWith("-");
                String column = columnsBySort.get(sort.replace("-", ""));
                String order = " order by " + column + (down ? " desc nulls first, i.id desc" : " asc nulls last, i.id asc");
                String filter = shape.getValue()[0];
                String kind = shape.getValue()[1];
                String word = shape.getValue()[2];
                long entries = kind == null ? -1 : Long.parseLong(single(sql, "select count(*) from (select 1 from "
                        + "instance_search_term t where t.form_code = '" + FORM + "' and t.kind = '" + kind
                        + "' and t.term like '" + word + "%' escape '!' limit "
                        + (Math.max(IDS_FOR_COUNT, IDS_HASHED) + 1) + ") counted"));
                String idsFirst = kind == null ? "" : " and i.id = any(array(" + ids(kind, word) + "))";
                // Narrowed by the sending dates (OperatorSearch.narrowed): the database plans the words' lookup
                // beyond the hashed ids.
                boolean narrowed = filter.contains("sent_at");
                String planned = kind == null ? "" : " and i.id in (" + ids(kind, word) + ")";
                String hashed = kind == null ? "" : " and (i.id in (" + ids(kind, word).replace("distinct ", "")
                        + ")) is true";
                // The page's ids from a walk checking the hashed ids, then their rows (OperatorInstances.search).
                boolean walksHashed = kind != null && entries > IDS_FOR_PAGE && entries <= IDS_HASHED;
                String words = kind == null ? "" : entries <= IDS_FOR_PAGE ? idsFirst : walksHashed ? hashed
                        : narrowed ? planned : probe(kind, word);
                String filtered = " from instance i where " + base + filter + words;
                String count = "select count(*) from (select 1 as found from instance i where " + base + filter
                        + (kind == null ? " limit 10001" : (entries <= (narrowed ? IDS_FOR_PAGE : IDS_FOR_COUNT)
                                ? idsFirst : entries <= IDS_HASHED ? hashed : planned) + " limit 1001") + ") capped";
                boolean merged = shape.getKey().equals("tab concluse");
                String first = merged ? merged(columns + filtered, order, List.of("ACCOLTA", "RESPINTA", "ARCHIVIATA"))
                        : walksHashed ? idsThenRows(columns, filtered, order) : columns + filtered + order + " limit 21";
                String fifty = null;
                try (ResultSet row = sql.executeQuery("select " + column + ", i.id" + filtered + order
                        + " offset 979 limit 1")) {
                    if (row.next()) {
                        String value = row.getString(1);
                        String id = row.getString(2);
                        // The first part of the keyset condition (OperatorSort.after): the rows with a value.
                        String after = columns + filtered + (value == null
                                ? (down ? " and " + column + " is null and i.id < '" + id + "'"
                                        : " and " + column + " is null and i.id > '" + id + "'")
                                : " and (" + column + ", i.id) " + (down ? "<" : ">") + " ('" + value + "', '" + id
                                        + "')");
                        fifty = merged ? merged(after, order, List.of("ACCOLTA", "RESPINTA", "ARCHIVIATA"))
                                : walksHashed ? idsThenRows(columns, after.substring(columns.length()), order)
                                : after + order + " limit 21";
                    }
                }
                report.append("| ").append(shape.getKey()).append(" | ").append(kind == null ? "" : entries)
                        .append(" | ").append(executionTime(sql, count, null))
                        .append(" | ").append(executionTime(sql, first, plans.containsKey(shape.getKey()) ? null
                                : planOf(plans, shape.getKey()))).append(" | ")
                        .append(fifty == null ? "fewer than 50 pages" : executionTime(sql, fifty, null)).append(" |\n");
                if (kind != null) {
                    executionTime(sql, count, planOf(plans, shape.getKey() + ", capped count"));
                }
            }
        }
        report.append("\n");
        for (String main : List.of("tab pervenute", "tab concluse", "sort state", "q common", "q common, capped count",
                "q rare", "q rare, capped count", "declarant common surname", "declarant common surname, capped count",
                "number, whole", "number, part", "tab in-lavorazione, q common, one month",
                "tab in-lavorazione, q common, one month, capped count")) {
            if (plans.containsKey(main)) {
                report.append("#### ").append(main).append("\n\n```\n").append(plans.get(main)).append("```\n\n");
            }
        }
    }

    /** As OperatorInstances.WordLookup.DEFAULT. */
    private static final int IDS_FOR_PAGE = 2_000;
    private static final int IDS_FOR_COUNT = 2_000;
    private static final int IDS_HASHED = 10_000;

    /** A page's ids from a walk, then their rows (OperatorInstances.search with hashed ids). */
    private static String idsThenRows(String columns, String filtered, String order) {
        return columns + " from instance i where i.id in (select i.id" + filtered + order + " limit 21)" + order;
    }

    /** The ids of the module's instances with a word beginning so (OperatorSearch.Word.ids). */
    private static String ids(String kind, String word) {
        return "select distinct t.instance_id from instance_search_term t where t.form_code = '" + FORM + "' and t.kind = '"
                + kind + "' and t.term like '" + word + "%' escape '!'";
    }

    /** The instance has a word beginning so (OperatorSearch.Word.probe). */
    private static String probe(String kind, String word) {
        return " and exists (select 1 from instance_search_term t where t.instance_id = i.id and t.kind = '" + kind
                + "' and t.term like '" + word + "%' escape '!')";
    }

    /** A tab of several states newest first, each state's instances in order, merged (OperatorInstances.search). */
    private static String merged(String select, String order, List<String> states) {
        return "select * from (" + String.join(" union all ", states.stream()
                .map(state -> "(" + select + " and i.state = '" + state + "'" + order + " limit 21)").toList())
                + ") i" + order + " limit 21";
    }

    private static java.util.function.Consumer<String> planOf(Map<String, String> plans, String name) {
        return plan -> plans.put(name, plan);
    }

    /** The execution time EXPLAIN ANALYZE reports; the whole plan goes to {@code plan} when given. */
    private static String executionTime(Statement sql, String query, java.util.function.Consumer<String> plan)
            throws SQLException {
        StringBuilder text = new StringBuilder();
        String time = "?";
        try (ResultSet rows = sql.executeQuery("explain (analyze, buffers) " + query)) {
            while (rows.next()) {
                String line = rows.getString(1);
                text.append(line).append('\n');
                if (line.startsWith("Execution Time: ")) {
                    time = line.substring("Execution Time: ".length());
                }
            }
        }
        if (plan != null) {
            plan.accept(text.toString());
        }
        return time;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
