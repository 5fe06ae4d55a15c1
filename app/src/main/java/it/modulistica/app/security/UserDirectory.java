package it.modulistica.app.security;

import it.modulistica.app.organisations.Membership;
import it.modulistica.app.organisations.OrganisationDirectory;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users stored in {@code app_user} and {@code user_role}, with their memberships, as Spring
 * Security reads them.
 */
@Service
public class UserDirectory implements UserDetailsService {

    private static final SecureRandom UNGUESSABLE = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory organisations;

    public UserDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserAccount loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        List<RoleGrant> grants = jdbc.sql("SELECT role, scope_type, scope_value FROM user_role WHERE username = ? ORDER BY id")
                .param(username)
                .query((rs, row) -> grant(rs.getString("role"), rs.getString("scope_type"), rs.getString("scope_value")))
                .list();
        List<Membership> memberships = organisations.membershipsOf(username);
        return jdbc.sql("""
                        SELECT username, password_hash, full_name, first_name, last_name, codice_fiscale, email, enabled,
                            locked_until
                        FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new UserAccount(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        authorities(grants),
                        new NewUser(rs.getString("username"), rs.getString("full_name"), rs.getString("first_name"),
                                rs.getString("last_name"), rs.getString("codice_fiscale"), rs.getString("email"), grants),
                        grants.stream().filter(grant -> grant.role() == Role.OPERATOR).map(RoleGrant::scope).toList(),
                        memberships,
                        lockedUntil(rs.getObject("locked_until", OffsetDateTime.class))))
                .optional();
    }

    /** The usernames of the accounts holding this codice fiscale (stored in upper case): normally one or none. */
    @Transactional(readOnly = true)
    public List<String> usernamesWithCodiceFiscale(String codiceFiscale) {
        return jdbc.sql("SELECT username FROM app_user WHERE codice_fiscale = ? ORDER BY username")
                .param(codiceFiscale.toUpperCase(Locale.ROOT))
                .query(String.class)
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Integer.class).single() > 0;
    }

    /** Whether the user is a service account (signing in only with API tokens); empty when there is no such user. */
    @Transactional(readOnly = true)
    public Optional<Boolean> isServiceAccount(String username) {
        return jdbc.sql("SELECT service_account FROM app_user WHERE username = ?").param(username).query(Boolean.class)
                .optional();
    }

    /**
     * Stores a new enabled service account: a password nobody knows, so it signs in only with the
     * API tokens admins issue to it.
     */
    @Transactional
    public void registerServiceAccount(NewUser user) {
        byte[] secret = new byte[32];
        UNGUESSABLE.nextBytes(secret);
        register(user, HexFormat.of().formatHex(secret));
        jdbc.sql("UPDATE app_user SET service_account = TRUE WHERE username = ?").param(user.username()).update();
    }

    /**
     * Stores a new enabled user with the password hashed and the codice fiscale in upper case; fails
     * if the username is taken.
     */
    @Transactional
    public void register(NewUser user, String rawPassword) {
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, full_name, first_name, last_name, codice_fiscale,
                            email, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)""")
                .params(user.username(), passwordEncoder.encode(rawPassword), user.fullName(), user.firstName(),
                        user.lastName(), user.codiceFiscale() == null ? null : user.codiceFiscale().toUpperCase(Locale.ROOT),
                        user.email())
                .update();
        for (RoleGrant grant : user.grants()) {
            insertGrant(user.username(), grant);
        }
    }

    /** A user as the admins' list shows it. */
    public record UserSummary(String username, String fullName, String codiceFiscale, String email, boolean enabled) {
    }

    /** A row of {@code user_role}, with the id that revokes it. */
    public record StoredGrant(long id, RoleGrant grant) {
    }

    /**
     * The users whose username, name, codice fiscale or e-mail contains {@code text} (ignoring
     * case; every user when blank), by username, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                        SELECT username, full_name, codice_fiscale, email, enabled FROM app_user
                        WHERE LOWER(username) LIKE :like ESCAPE '\\' OR LOWER(full_name) LIKE :like ESCAPE '\\'
                           OR LOWER(COALESCE(codice_fiscale, '')) LIKE :like ESCAPE '\\'
                           OR LOWER(COALESCE(email, '')) LIKE :like ESCAPE '\\'
                        ORDER BY username FETCH FIRST :limit ROWS ONLY""")
                .param("like", like)
                .param("limit", limit)
                .query(UserSummary.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> summary(String username) {
        return jdbc.sql("SELECT username, full_name, codice_fiscale, email, enabled FROM app_user WHERE username = ?")
                .param(username).query(UserSummary.class).optional();
    }

    /** The user's roles beyond USER, in the order granted. */
    @Transactional(readOnly = true)
    public List<StoredGrant> grants(String username) {
        return jdbc.sql("SELECT id, role, scope_type, scope_value FROM user_role WHERE username = ? ORDER BY id")
                .param(username)
                .query((rs, row) -> new StoredGrant(rs.getLong("id"),
                        grant(rs.getString("role"), rs.getString("scope_type"), rs.getString("scope_value"))))
                .list();
    }

    /** Grants the role; granting it again changes nothing. */
    @Transactional
    public void grant(String username, RoleGrant grant) {
        if (grants(username).stream().noneMatch(stored -> stored.grant().equals(grant))) {
            insertGrant(username, grant);
        }
    }

    /** @return whether the user had the role row {@code id} */
    @Transactional
    public boolean revoke(String username, long id) {
        return jdbc.sql("DELETE FROM user_role WHERE username = ? AND id = ?").params(username, id).update() > 0;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    private void insertGrant(String username, RoleGrant grant) {
        OperatorScope scope = grant.scope();
        boolean scoped = scope != null && scope.type() != OperatorScope.Type.ALL;
        jdbc.sql("INSERT INTO user_role (username, role, scope_type, scope_value) VALUES (?, ?, ?, ?)")
                .params(username, grant.role().name(), scoped ? scope.type().name() : null, scoped ? scope.value() : null)
                .update();
    }

    private static Instant lockedUntil(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static RoleGrant grant(String role, String scopeType, String scopeValue) {
        Role granted = Role.valueOf(role);
        if (granted == Role.ADMIN) {
            return RoleGrant.admin();
        }
        OperatorScope scope = scopeType == null
                ? OperatorScope.all()
                : new OperatorScope(OperatorScope.Type.valueOf(scopeType), scopeValue);
        return RoleGrant.operator(scope);
    }

    private static Set<GrantedAuthority> authorities(List<RoleGrant> grants) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        authorities.add(Role.USER.authority());
        grants.forEach(grant -> authorities.add(grant.role().authority()));
        return authorities;
    }
}
