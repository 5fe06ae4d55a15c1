package it.modulistica.app.registration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A registration target running inside the test: a JDK HTTP server on 127.0.0.1 that checks the
 * signature of each request as a real receiver would, records it, and answers as the test plans
 * (a status, after a pause); unplanned requests get 200. It can be stopped and started again on the
 * same port, as a target that is down for a while.
 */
final class TestReceiver {

    static final String SECRET = "un-segreto-di-prova-abbastanza-lungo";
    static final String PATH = "/registrazioni";

    /** A request as received: the event header, whether the signature matched, the body. */
    record Received(String event, String apiKey, boolean signatureValid, String body) {
    }

    private record Answer(int status, Duration pause) {
    }

    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> planned = new ArrayDeque<>();
    private final int port;
    private HttpServer server;
    private ExecutorService executor;

    TestReceiver() {
        this.port = start(0);
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    synchronized void answer(int status) {
        planned.add(new Answer(status, Duration.ZERO));
    }

    synchronized void answerAfter(Duration pause, int status) {
        planned.add(new Answer(status, pause));
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized void reset() {
        received.clear();
        planned.clear();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port, if stopped. */
    synchronized void restart() {
        if (server == null) {
            start(port);
        }
    }

    private int start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The test receiver cannot listen on port " + onPort, e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext(PATH, this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Modulistica-Signature");
        boolean valid = signature != null && signature.equals("sha256=" + hmac(body));
        Answer answer;
        synchronized (this) {
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Modulistica-Event"),
                    exchange.getRequestHeaders().getFirst("X-Api-Key"), valid, new String(body, StandardCharsets.UTF_8)));
            answer = planned.isEmpty() ? new Answer(200, Duration.ZERO) : planned.poll();
        }
        if (!answer.pause().isZero()) {
            try {
                Thread.sleep(answer.pause().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = valid ? answer.status() : 401;
        byte[] reply = (status / 100 == 2 ? "{\"ok\":true}" : "{\"error\":\"planned " + status + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } catch (IOException e) {
            // The client gave up waiting (its timeout): nobody reads this answer any more.
        } finally {
            exchange.close();
        }
    }

    private static String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
