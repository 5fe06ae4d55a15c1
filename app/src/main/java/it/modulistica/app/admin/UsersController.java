package it.modulistica.app.admin;

import it.modulistica.app.security.UserDirectory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/users}: search users, create one, enable or disable it, grant and revoke its
 * roles (OPERATOR with a scope, ADMIN), add and remove its memberships of organisations.
 */
@RestController
@RequestMapping(path = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UsersController {

    static final int LISTED = 100;

    private final UserDirectory users;
    private final UserAdministration administration;

    UsersController(UserDirectory users, UserAdministration administration) {
        this.users = users;
        this.administration = administration;
    }

    /** Whether the user may sign in. */
    record Enabled(Boolean enabled) {
    }

    @GetMapping
    List<UserDirectory.UserSummary> search(@RequestParam(required = false) String q) {
        return users.search(q, LISTED);
    }

    @GetMapping("/{username}")
    UserAdministration.UserDetail user(@PathVariable String username) {
        return administration.detail(username);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserDetail create(@RequestBody UserAdministration.UserForm form, Authentication admin) {
        return administration.create(form, admin.getName());
    }

    /** A service account: a program's account (a registration target, a script), signing in only with API tokens. */
    @PostMapping(path = "/service-accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserDetail createServiceAccount(@RequestBody UserAdministration.ServiceAccountForm form,
            Authentication admin) {
        return administration.createServiceAccount(form, admin.getName());
    }

    @PutMapping(path = "/{username}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserAdministration.UserDetail enable(@PathVariable String username, @RequestBody Enabled enabled,
            Authentication admin) {
        if (enabled.enabled() == null) {
            RequestChecks checks = new RequestChecks();
            checks.add("/enabled", "required");
            checks.throwIfAny();
        }
        return administration.setEnabled(username, enabled.enabled(), admin.getName());
    }

    @PostMapping(path = "/{username}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserDetail grant(@PathVariable String username, @RequestBody UserAdministration.GrantForm form,
            Authentication admin) {
        return administration.grant(username, form, admin.getName());
    }

    @DeleteMapping("/{username}/roles/{id}")
    UserAdministration.UserDetail revoke(@PathVariable String username, @PathVariable long id, Authentication admin) {
        return administration.revoke(username, id, admin.getName());
    }

    @PostMapping(path = "/{username}/memberships", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserDetail addMembership(@PathVariable String username,
            @RequestBody UserAdministration.MembershipForm form, Authentication admin) {
        return administration.addMembership(username, form, admin.getName());
    }

    @DeleteMapping("/{username}/memberships/{organisation}/{role}")
    UserAdministration.UserDetail removeMembership(@PathVariable String username, @PathVariable String organisation,
            @PathVariable String role, Authentication admin) {
        return administration.removeMembership(username, organisation, role, admin.getName());
    }
}
