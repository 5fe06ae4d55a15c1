package it.modulistica.app.registration;

import it.modulistica.app.mail.SentInstances;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Service accounts of a protocol system, made by the admin through the API, and their tokens limited to one module. */
final class ServiceAccounts {

    private final SentInstances api;
    private final JdbcClient jdbc;

    ServiceAccounts(SentInstances api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A new token of {@code account} (an operator, created the first time) limited to {@code module}. */
    String token(String account, String module) {
        if (jdbc.sql("select count(*) from app_user where username = ?").param(account).query(Long.class).single() == 0) {
            api.exchange("admin", HttpMethod.POST, "/api/admin/users/service-accounts",
                    Map.of("username", account, "fullName", "Protocollo " + module), HttpStatus.CREATED);
            api.exchange("admin", HttpMethod.POST, "/api/admin/users/" + account + "/roles", Map.of("role", "OPERATOR"),
                    HttpStatus.CREATED);
        }
        return api.exchange("admin", HttpMethod.POST, "/api/admin/users/" + account + "/tokens",
                Map.of("name", "registrazione " + UUID.randomUUID(), "module", module), HttpStatus.CREATED)
                .get("token").asText();
    }

    static HttpEntity<Object> bearer(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new HttpEntity<>(body, headers);
    }
}
