package it.modulistica.app.admin;

import it.modulistica.app.audit.AuditEventType;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.audit.AuditOutcome;
import it.modulistica.app.catalog.Categories;
import it.modulistica.app.organisations.Membership;
import it.modulistica.app.organisations.OrganisationDirectory;
import it.modulistica.app.organisations.OrganisationRole;
import it.modulistica.app.security.NewUser;
import it.modulistica.app.security.OperatorScope;
import it.modulistica.app.security.Role;
import it.modulistica.app.security.RoleGrant;
import it.modulistica.app.security.UserDirectory;
import it.modulistica.engine.definition.FormCatalog;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' changes to users, checked and audited: create (the password hashed by the
 * directory's encoder), enable or disable, grant or revoke OPERATOR (with its scope) and ADMIN,
 * add or remove memberships. An admin may neither disable themselves nor revoke their own ADMIN.
 */
@Service
public class UserAdministration {

    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final Categories categories;
    private final FormCatalog catalog;
    private final AuditLog audit;

    UserAdministration(UserDirectory users, OrganisationDirectory organisations, Categories categories,
            FormCatalog catalog, AuditLog audit) {
        this.users = users;
        this.organisations = organisations;
        this.categories = categories;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** A user an admin creates. */
    public record UserForm(String username, String fullName, String firstName, String lastName, String codiceFiscale,
            String email, String password) {
    }

    /** A role to grant: ADMIN, or OPERATOR with {@code scopeType} ALL, CATEGORY or MODULE and its value. */
    public record GrantForm(String role, String scopeType, String scopeValue) {
    }

    /** A membership to add: the organisation's code and the role held there. */
    public record MembershipForm(String organisation, String role) {
    }

    /** One user for admins: who, enabled or not, roles with their ids, memberships. */
    public record UserDetail(UserDirectory.UserSummary user, List<UserDirectory.StoredGrant> grants,
            List<Membership> memberships) {
    }

    @Transactional(readOnly = true)
    public UserDetail detail(String username) {
        UserDirectory.UserSummary user = users.summary(username).orElseThrow(() -> NotFound.user(username));
        return new UserDetail(user, users.grants(username), organisations.membershipsOf(username));
    }

    @Transactional
    public UserDetail create(UserForm form, String admin) {
        RequestChecks checks = new RequestChecks();
        String username = newUsername(form.username(), checks);
        String fullName = checks.required("/fullName", form.fullName(), 200);
        String firstName = checks.optional("/firstName", form.firstName(), 100);
        String lastName = checks.optional("/lastName", form.lastName(), 100);
        String codiceFiscale = checks.optional("/codiceFiscale", form.codiceFiscale(), 16);
        String taxCode = codiceFiscale == null ? null : codiceFiscale.toUpperCase(Locale.ROOT);
        checks.format("/codiceFiscale", taxCode, "codice-fiscale", "codiceFiscale");
        String email = checks.optional("/email", form.email(), 320);
        checks.format("/email", email, "email", "email");
        if (form.password() == null || form.password().isBlank()) {
            checks.add("/password", "required");
        } else if (form.password().length() < MIN_PASSWORD) {
            checks.add("/password", "password");
        }
        checks.throwIfAny();
        users.register(new NewUser(username, fullName, firstName, lastName, taxCode, email, List.of()), form.password());
        record(admin, username, Map.of("action", "create"));
        return detail(username);
    }

    /** A service account an admin creates: a program's account, which signs in only with API tokens. */
    public record ServiceAccountForm(String username, String fullName, String email) {
    }

    @Transactional
    public UserDetail createServiceAccount(ServiceAccountForm form, String admin) {
        RequestChecks checks = new RequestChecks();
        String username = newUsername(form.username(), checks);
        String fullName = checks.required("/fullName", form.fullName(), 200);
        String email = checks.optional("/email", form.email(), 320);
        checks.format("/email", email, "email", "email");
        checks.throwIfAny();
        users.registerServiceAccount(new NewUser(username, fullName, null, null, null, email, List.of()));
        record(admin, username, Map.of("action", "create-service-account"));
        return detail(username);
    }

    private String newUsername(String value, RequestChecks checks) {
        String username = checks.required("/username", value, 100);
        if (username != null && !checks.hasErrorAt("/username")) {
            if (!USERNAME.matcher(username).matches()) {
                checks.add("/username", "username");
            } else if (users.exists(username)) {
                checks.add("/username", "taken");
            }
        }
        return username;
    }

    @Transactional
    public UserDetail setEnabled(String username, boolean enabled, String admin) {
        detail(username);
        if (!enabled && username.equals(admin)) {
            throw new ChangeRefused("Non è possibile disabilitare il proprio utente");
        }
        users.setEnabled(username, enabled);
        record(admin, username, Map.of("action", enabled ? "enable" : "disable"));
        return detail(username);
    }

    @Transactional
    public UserDetail grant(String username, GrantForm form, String admin) {
        detail(username);
        RequestChecks checks = new RequestChecks();
        RoleGrant grant = null;
        if (!"ADMIN".equals(form.role()) && !"OPERATOR".equals(form.role())) {
            checks.add("/role", form.role() == null || form.role().isBlank() ? "required" : "enum");
        } else if ("ADMIN".equals(form.role())) {
            grant = RoleGrant.admin();
        } else {
            OperatorScope scope = scope(form, checks);
            grant = scope == null ? null : RoleGrant.operator(scope);
        }
        checks.throwIfAny();
        users.grant(username, grant);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "grant");
        details.put("role", grant.role().name());
        details.put("scope", grant.scope() == null ? null : grant.scope().type() + ":" + grant.scope().value());
        record(admin, username, details);
        return detail(username);
    }

    @Transactional
    public UserDetail revoke(String username, long grantId, String admin) {
        UserDetail user = detail(username);
        UserDirectory.StoredGrant stored = user.grants().stream().filter(grant -> grant.id() == grantId).findFirst()
                .orElseThrow(() -> NotFound.grant(grantId));
        if (stored.grant().role() == Role.ADMIN && username.equals(admin)) {
            throw new ChangeRefused("Non è possibile revocare a sé stessi il ruolo di amministratore");
        }
        users.revoke(username, grantId);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "revoke");
        details.put("role", stored.grant().role().name());
        details.put("scope", stored.grant().scope() == null ? null
                : stored.grant().scope().type() + ":" + stored.grant().scope().value());
        record(admin, username, details);
        return detail(username);
    }

    @Transactional
    public UserDetail addMembership(String username, MembershipForm form, String admin) {
        detail(username);
        RequestChecks checks = new RequestChecks();
        String organisation = checks.required("/organisation", form.organisation(), 20);
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            checks.add("/organisation", "unknownOrganisation");
        }
        OrganisationRole role = organisationRole(form.role(), checks);
        checks.throwIfAny();
        organisations.grant(username, organisation, role);
        record(admin, username, Map.of("action", "add-membership", "organisation", organisation, "role", role.name()));
        return detail(username);
    }

    @Transactional
    public UserDetail removeMembership(String username, String organisation, String role, String admin) {
        detail(username);
        RequestChecks checks = new RequestChecks();
        OrganisationRole held = organisationRole(role, checks);
        checks.throwIfAny();
        if (organisations.revoke(username, organisation, held)) {
            record(admin, username, Map.of("action", "remove-membership", "organisation", organisation,
                    "role", held.name()));
        }
        return detail(username);
    }

    private OperatorScope scope(GrantForm form, RequestChecks checks) {
        String type = form.scopeType() == null || form.scopeType().isBlank() ? "ALL" : form.scopeType();
        String value = form.scopeValue() == null || form.scopeValue().isBlank() ? null : form.scopeValue().strip();
        switch (type) {
            case "ALL" -> {
                return OperatorScope.all();
            }
            case "CATEGORY" -> {
                if (value == null) {
                    checks.add("/scopeValue", "required");
                } else if (categories.find(value).isEmpty()) {
                    checks.add("/scopeValue", "unknownCategory");
                } else {
                    return OperatorScope.category(value);
                }
            }
            case "MODULE" -> {
                if (value == null) {
                    checks.add("/scopeValue", "required");
                } else if (catalog.find(value).isEmpty()) {
                    checks.add("/scopeValue", "unknownModule");
                } else {
                    return OperatorScope.module(value);
                }
            }
            default -> checks.add("/scopeType", "enum");
        }
        return null;
    }

    private static OrganisationRole organisationRole(String role, RequestChecks checks) {
        if (role == null || role.isBlank()) {
            checks.add("/role", "required");
            return null;
        }
        if (Arrays.stream(OrganisationRole.values()).noneMatch(r -> r.name().equals(role))) {
            checks.add("/role", "enum");
            return null;
        }
        return OrganisationRole.valueOf(role);
    }

    private void record(String admin, String username, Map<String, ?> details) {
        audit.record(AuditEventType.USER_CHANGE, admin, "user:" + username, AuditOutcome.SUCCESS, details);
    }
}
