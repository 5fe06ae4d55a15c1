package it.modulistica.app.security.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider inside the test, on the JDK's HTTP server: discovery, JWKS, an
 * authorization endpoint that signs in whoever the test names next and redirects back with a code,
 * and a token endpoint that exchanges the code for an RS256 ID token signed with nimbus-jose-jwt.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "modulistica";
    static final String CLIENT_SECRET = "segreto-di-prova";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Map<String, Object>> pending = new ConcurrentHashMap<>();
    private volatile Map<String, Object> nextPerson = Map.of();

    TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/gateway";
        server.createContext("/gateway/.well-known/openid-configuration", exchange -> send(exchange, 200, Map.of(
                "issuer", issuer,
                "authorization_endpoint", issuer + "/authorize",
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks",
                "response_types_supported", new String[] {"code"},
                "subject_types_supported", new String[] {"public"},
                "id_token_signing_alg_values_supported", new String[] {"RS256"},
                "scopes_supported", new String[] {"openid", "profile", "email"},
                "token_endpoint_auth_methods_supported", new String[] {"client_secret_basic"})));
        server.createContext("/gateway/jwks", exchange -> send(exchange, 200,
                new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/gateway/authorize", this::authorize);
        server.createContext("/gateway/token", this::token);
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** The claims of the person who signs in next (beyond iss, sub, aud, nonce and times). */
    void signsInNext(Map<String, Object> person) {
        nextPerson = Map.copyOf(person);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, Object> grant = new LinkedHashMap<>(nextPerson);
        grant.put("nonce", query.get("nonce"));
        grant.put("redirect_uri", query.get("redirect_uri"));
        pending.put(code, grant);
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, Object> grant = pending.remove(body.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.get("redirect_uri").equals(body.get("redirect_uri"))) {
            send(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("spid-" + UUID.randomUUID())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        grant.forEach((name, value) -> {
            if (!name.equals("redirect_uri")) {
                claims.claim(name, value);
            }
        });
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            send(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid profile email", "id_token", idToken.serialize()));
        } catch (JOSEException e) {
            send(exchange, 500, Map.of("error", "server_error"));
        }
    }

    private void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
