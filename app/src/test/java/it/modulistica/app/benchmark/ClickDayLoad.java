package it.modulistica.app.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The click-day load driver: signed-in clients (form sign-in, session cookie, CSRF token, as the
 * pages' scripts call the API) hammer a running server over HTTP. Only the JDK, so it runs as a
 * single source file against any build, old or new:
 *
 * <pre>
 * java app/src/test/java/it/modulistica/app/benchmark/ClickDayLoad.java \
 *      --url http://127.0.0.1:18013 --scenario invia --clients 32 --per-client 40
 * java app/src/test/java/it/modulistica/app/benchmark/ClickDayLoad.java \
 *      --url http://127.0.0.1:18013 --scenario sequence --clients 32 --seconds 30
 * </pre>
 *
 * <ul>
 * <li>{@code invia}: each client first prepares {@code --per-client} instances of Utenti Servizi 06
 *     in DA_INVIARE (create, save the example data, completa), unmeasured; then all send theirs at
 *     once, as fast as they can: sends per second, latency percentiles, errors by status.
 * <li>{@code sequence}: each client repeats create + save + completa + invia for {@code --seconds}:
 *     whole sequences per second, latency of each request.
 * </ul>
 * The load average of the machine ({@code /proc/loadavg}) is printed before and after. Speed is
 * measured here, never asserted by a test.
 */
public final class ClickDayLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String url;
    private final String user;
    private final String data;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    private ClickDayLoad(String url, String user, String data) {
        this.url = url;
        this.user = user;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        // One kept-alive connection per client; the JDK keeps only 5 per server unless told.
        System.setProperty("http.maxConnections", "256");
        Map<String, String> options = new TreeMap<>(Map.of("--url", "http://127.0.0.1:18013", "--scenario", "invia",
                "--clients", "32", "--per-client", "40", "--seconds", "30", "--user", "federica.neri",
                "--data", "forms/utenti-servizi-06/examples/valid/comune-di-alba-un-utente.json"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        ClickDayLoad load = new ClickDayLoad(options.get("--url"), options.get("--user"),
                Files.readString(Path.of(options.get("--data"))));
        int clients = Integer.parseInt(options.get("--clients"));
        System.out.println("options " + options);
        System.out.println("load average before: " + loadAverage());
        List<Client> signedIn = load.signIn(clients);
        if (options.get("--scenario").equals("invia")) {
            load.invia(signedIn, Integer.parseInt(options.get("--per-client")));
        } else {
            load.sequence(signedIn, Duration.ofSeconds(Long.parseLong(options.get("--seconds"))));
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /**
     * A signed-in browser: its cookies and the CSRF token its pages carry. It talks HTTP/1.1 through
     * {@link HttpURLConnection} and its kept-alive connections, on the thread that waits for the
     * answer: the driver shares the machine's cores with the server it measures.
     */
    private final class Client {

        final Map<String, String> cookies = new TreeMap<>();
        String csrf;

        void signIn() throws IOException {
            String token = token(exchange("GET", "/login", null, null).body());
            Answer signedIn = exchange("POST", "/login", "application/x-www-form-urlencoded",
                    "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            String location = signedIn.location() == null ? "" : signedIn.location();
            if (signedIn.status() != 302 || location.contains("error")) {
                throw new IllegalStateException("Sign-in refused: " + signedIn.status() + " " + location);
            }
            csrf = token(exchange("GET", "/", null, null).body());
        }

        /** One request with the client's cookies; redirects are not followed. */
        Answer exchange(String method, String path, String contentType, String body) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(30_000);
            connection.setReadTimeout(60_000);
            if (!cookies.isEmpty()) {
                connection.setRequestProperty("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
            }
            if (csrf != null) {
                connection.setRequestProperty("X-CSRF-TOKEN", csrf);
            }
            if (contentType != null) {
                connection.setRequestProperty("Content-Type", contentType);
            }
            if (body != null || method.equals("POST") || method.equals("PUT")) {
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            List<String> setCookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            // Read to the end and close, so the connection goes back to the keep-alive cache.
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = "";
            if (stream != null) {
                try (InputStream in = stream) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Answer(status, connection.getHeaderField("Location"), text);
        }

        /** A write through the API with the session and its CSRF token; timed; {@code null} when it failed. */
        String write(String method, String path, String body, boolean measured) {
            long start = System.nanoTime();
            int status;
            String answer;
            try {
                Answer response = exchange(method, path, "application/json", body);
                status = response.status();
                answer = response.body();
            } catch (IOException e) {
                status = -1;
                answer = e.toString();
            }
            long elapsed = System.nanoTime() - start;
            if (measured) {
                latencies.add(elapsed);
            }
            if (status < 200 || status >= 300) {
                errors.computeIfAbsent(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " -> " + status,
                        key -> new AtomicInteger()).incrementAndGet();
                if (errorSamples.size() < 5) {
                    errorSamples.add(status + " " + (answer.length() > 300 ? answer.substring(0, 300) : answer));
                }
                return null;
            }
            return answer;
        }

        /** A new instance brought to DA_INVIARE; its id, or {@code null} when a step failed. */
        String prepare(boolean measured) {
            String created = write("POST", "/api/instances", "{\"form\": \"utenti-servizi-06\", \"organisation\": \"004003\"}",
                    measured);
            if (created == null) {
                return null;
            }
            Matcher id = ID.matcher(created);
            if (!id.find()) {
                throw new IllegalStateException("No id in " + created);
            }
            String path = "/api/instances/" + id.group(1);
            if (write("PUT", path + "/data", data, measured) == null
                    || write("POST", path + "/actions/completa", null, measured) == null) {
                return null;
            }
            return id.group(1);
        }
    }

    /** A response: its status, its Location header, its body. */
    private record Answer(int status, String location, String body) {
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return token.group(1);
    }

    private List<Client> signIn(int clients) throws Exception {
        List<Client> signedIn = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client();
            client.signIn();
            signedIn.add(client);
        }
        System.out.println(clients + " clients signed in");
        return signedIn;
    }

    private void invia(List<Client> clients, int perClient) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        List<Future<List<String>>> prepared = new ArrayList<>();
        long prepareStart = System.nanoTime();
        for (Client client : clients) {
            prepared.add(threads.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    String id = client.prepare(false);
                    if (id != null) {
                        ids.add(id);
                    }
                }
                return ids;
            }));
        }
        List<List<String>> ids = new ArrayList<>();
        for (Future<List<String>> future : prepared) {
            ids.add(future.get());
        }
        System.out.printf("prepared %d instances in DA_INVIARE in %.1f s (errors: %s)%n",
                ids.stream().mapToInt(List::size).sum(), (System.nanoTime() - prepareStart) / 1e9, errors);
        errors.clear();
        errorSamples.clear();
        System.out.println("load average before sending: " + loadAverage());
        List<Future<?>> sending = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            List<String> own = ids.get(c);
            sending.add(threads.submit(() -> {
                for (String id : own) {
                    client.write("POST", "/api/instances/" + id + "/actions/invia", null, true);
                }
                return null;
            }));
        }
        for (Future<?> future : sending) {
            future.get();
        }
        report("invia", latencies.size(), System.nanoTime() - start);
        threads.shutdown();
    }

    private void sequence(List<Client> clients, Duration duration) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        AtomicInteger sequences = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (Client client : clients) {
            running.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    String id = client.prepare(true);
                    if (id != null && client.write("POST", "/api/instances/" + id + "/actions/invia", null, true) != null) {
                        sequences.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        report("requests (create, save, completa, invia)", latencies.size(), elapsed);
        System.out.printf("whole sequences: %d, %.1f per second%n", sequences.get(), sequences.get() / (elapsed / 1e9));
        threads.shutdown();
    }

    private void report(String what, int count, long elapsedNanos) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = elapsedNanos / 1e9;
        System.out.printf("%s: %d in %.1f s = %.1f per second; latency ms p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n",
                what, count, seconds, count / seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100));
        System.out.println("errors: " + (errors.isEmpty() ? "none" : errors));
        errorSamples.forEach(sample -> System.out.println("  e.g. " + sample));
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
