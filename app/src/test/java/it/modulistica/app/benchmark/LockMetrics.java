package it.modulistica.app.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's lock timer ({@code modulistica.lock.held}) read from its metrics endpoint by
 * the demo administrator, signed in once.
 */
final class LockMetrics {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final ObjectMapper json = new ObjectMapper();

    LockMetrics(String url) throws IOException, InterruptedException {
        this.url = url;
        Matcher token = CSRF.matcher(http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!token.find()) {
            throw new IllegalStateException("No sign-in form at " + url + "/login");
        }
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("The administrator's sign-in was refused: " + signedIn.statusCode());
        }
    }

    /**
     * The timer of one lock now: its cumulative count and total, and its recent percentiles and max;
     * {@code null} when the application has no such timer (a jar older than it).
     */
    Reading read(String lock) throws IOException, InterruptedException {
        if (http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/modulistica.lock.held")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 404) {
            return null;
        }
        JsonNode timer = metric("modulistica.lock.held?tag=lock:" + lock);
        return new Reading(statistic(timer, "COUNT"), statistic(timer, "TOTAL_TIME"), statistic(timer, "MAX"),
                percentile(lock, "0.5"), percentile(lock, "0.95"), percentile(lock, "0.99"));
    }

    private double percentile(String lock, String phi) throws IOException, InterruptedException {
        return statistic(metric("modulistica.lock.held.percentile?tag=lock:" + lock + "&tag=phi:" + phi), "VALUE");
    }

    private JsonNode metric(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/" + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /actuator/metrics/" + path + ": " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static double statistic(JsonNode metric, String name) {
        for (JsonNode measurement : metric.path("measurements")) {
            if (name.equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble();
            }
        }
        throw new IllegalStateException("No " + name + " in " + metric);
    }

    /** Times in seconds, as the metrics endpoint gives them. */
    record Reading(double count, double total, double max, double p50, double p95, double p99) {

        /** The run since {@code before}: its count and total; the percentiles and max as read now. */
        Reading since(Reading before) {
            return new Reading(count - before.count, total - before.total, max, p50, p95, p99);
        }

        String row(String run, String lock) {
            return String.format("| %s | %s | %,.0f | %s | %s | %s | %s | %s |", run, lock, count,
                    millis(count == 0 ? 0 : total / count), millis(p50), millis(p95), millis(p99), millis(max));
        }

        private static String millis(double seconds) {
            return String.format("%.2f ms", seconds * 1000);
        }
    }
}
