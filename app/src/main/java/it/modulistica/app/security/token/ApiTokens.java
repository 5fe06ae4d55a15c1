package it.modulistica.app.security.token;

import it.modulistica.app.api.InvalidRequest;
import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.security.CredentialRefused;
import it.modulistica.app.security.UserAccount;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.definition.FormCatalog;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Issues, lists, revokes and checks API tokens. A token is {@code mdl_<id>_<secret>}: a random
 * 16-hex-digit id, by which the row is found, and 256 random bits. Only the SHA-256 of the whole
 * token is stored: a high-entropy secret needs no slow hash, so checking a token costs one indexed
 * read and a digest, where a password costs a BCrypt round. Last use is written at most once per
 * {@link #LAST_USE_PRECISION} per token and node, so busy clients do not write on every call.
 */
@Service
public class ApiTokens {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    static final String PREFIX = "mdl_";
    private static final Pattern FORMAT = Pattern.compile("mdl_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
    private static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final FormCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserDirectory users, FormCatalog catalog, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The filter that signs API requests in with {@code Authorization: Bearer mdl_...}. */
    public Filter filter(AuthenticationEventPublisher events, AuthenticationEntryPoint refusals) {
        return new ApiTokenFilter(this, events, refusals);
    }

    /**
     * Issues a token to {@code username}; {@code actor} is the user themselves or, for a service
     * account, an admin. Only service accounts' tokens may be limited to a module.
     *
     * @throws InvalidRequest naming every wrong member (422)
     */
    @Transactional
    public IssuedToken issue(String username, TokenRequest request, String actor) {
        boolean serviceAccount = users.isServiceAccount(username).orElseThrow(() -> TokenNotFound.user(username));
        Instant now = clock.instant();
        List<InvalidRequest.Error> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(InvalidRequest.required("/name"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new InvalidRequest.Error("/name", "tooLong"));
        }
        Instant expiresAt = request.expiresAt() == null ? now.plus(DEFAULT_VALIDITY) : request.expiresAt().toInstant();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
            errors.add(new InvalidRequest.Error("/expiresAt", "tokenExpiry"));
        }
        String module = request.module() == null || request.module().isBlank() ? null : request.module().strip();
        if (module != null && !serviceAccount) {
            errors.add(new InvalidRequest.Error("/module", "tokenModuleForServiceAccounts"));
        } else if (module != null && catalog.find(module).isEmpty()) {
            errors.add(new InvalidRequest.Error("/module", "unknownModule"));
        }
        InvalidRequest.throwIfAny(errors);
        String id = HexFormat.of().formatHex(random(8));
        String token = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        jdbc.sql("""
                        INSERT INTO api_token (id, username, name, secret_sha256, module_code, created_at, created_by,
                            expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, username, name, sha256(token), module, utc(now), actor, utc(expiresAt))
                .update();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "issue");
        details.put("name", name);
        details.put("module", module);
        details.put("expiresAt", expiresAt.toString());
        if (!actor.equals(username)) {
            details.put("for", username);
        }
        audit.record(AuditEventType.API_TOKEN, actor, "token:" + id, AuditOutcome.SUCCESS, details);
        return new IssuedToken(token, find(username, id).orElseThrow());
    }

    /**
     * Issues a token to a service account on an admin's behalf.
     *
     * @throws ResponseStatusException 409 when the user is a person: people issue their own tokens
     */
    @Transactional
    public IssuedToken issueForServiceAccount(String username, TokenRequest request, String admin) {
        if (!users.isServiceAccount(username).orElseThrow(() -> TokenNotFound.user(username))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "L'utente " + username + " non è un account di servizio: ognuno crea da sé i propri token");
        }
        return issue(username, request, admin);
    }

    /** The user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        users.isServiceAccount(username).orElseThrow(() -> TokenNotFound.user(username));
        return jdbc.sql(SELECT + " WHERE username = ? ORDER BY created_at DESC, id").param(username)
                .query(ApiTokens::token).list();
    }

    /** Revokes the user's token at once on every node; revoking it again changes nothing. */
    @Transactional
    public ApiToken revoke(String username, String id, String actor) {
        ApiToken token = find(username, id).orElseThrow(() -> TokenNotFound.token(id));
        if (token.revokedAt() != null) {
            return token;
        }
        jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(utc(clock.instant()), actor, id).update();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "revoke");
        details.put("name", token.name());
        if (!actor.equals(username)) {
            details.put("for", username);
        }
        audit.record(AuditEventType.API_TOKEN, actor, "token:" + id, AuditOutcome.SUCCESS, details);
        return find(username, id).orElseThrow();
    }

    /** The owner of a token, when the text has the form of one and names an existing token. */
    Optional<String> ownerOf(String token) {
        var matcher = FORMAT.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM api_token WHERE id = ?").param(matcher.group(1)).query(String.class)
                .optional();
    }

    /**
     * The account the token signs in.
     *
     * @throws CredentialRefused {@code token-invalid} (malformed, unknown or wrong secret),
     *     {@code token-revoked}, {@code token-expired}, {@code token-account-disabled}
     */
    TokenAccount authenticate(String token) {
        var matcher = FORMAT.matcher(token);
        if (!matcher.matches()) {
            throw new CredentialRefused("token-invalid");
        }
        String id = matcher.group(1);
        record Stored(ApiToken token, String secretSha256) {
        }
        Stored stored = jdbc.sql(SELECT.replace("SELECT ", "SELECT secret_sha256, ") + " WHERE id = ?").param(id)
                .query((rs, row) -> new Stored(token(rs, row), rs.getString("secret_sha256")))
                .optional()
                .orElseThrow(() -> new CredentialRefused("token-invalid"));
        if (!MessageDigest.isEqual(stored.secretSha256().getBytes(StandardCharsets.US_ASCII),
                sha256(token).getBytes(StandardCharsets.US_ASCII))) {
            throw new CredentialRefused("token-invalid");
        }
        Instant now = clock.instant();
        if (stored.token().revokedAt() != null) {
            throw new CredentialRefused("token-revoked");
        }
        if (!now.isBefore(stored.token().expiresAt())) {
            throw new CredentialRefused("token-expired");
        }
        UserAccount account = users.find(stored.token().username()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new CredentialRefused("token-account-disabled"));
        recordUse(id, now);
        return new TokenAccount(account, id, stored.token().module());
    }

    private void recordUse(String id, Instant now) {
        Instant written = lastUseWritten.get(id);
        if (written != null && now.isBefore(written.plus(LAST_USE_PRECISION))) {
            return;
        }
        lastUseWritten.put(id, now);
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(utc(now), id).update();
    }

    private Optional<ApiToken> find(String username, String id) {
        return jdbc.sql(SELECT + " WHERE username = ? AND id = ?").params(username, id).query(ApiTokens::token)
                .optional();
    }

    private static final String SELECT = """
            SELECT id, username, name, module_code, created_at, created_by, expires_at, last_used_at, revoked_at
            FROM api_token""";

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("module_code"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
