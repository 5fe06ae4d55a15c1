package it.modulistica.app.security;

import it.modulistica.app.organisations.Membership;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.engine.definition.CompilerPolicy;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.ModuleNotFound;
import it.modulistica.engine.definition.FormCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API client who it is signed in as, and which organisations it may act for. */
@RestController
class CurrentUserController {

    private final FormCatalog catalog;

    CurrentUserController(FormCatalog catalog) {
        this.catalog = catalog;
    }

    record CurrentUser(String username, String fullName, String firstName, String lastName, String codiceFiscale,
            String email, List<String> roles, List<OperatorScope> operatorScopes, List<MembershipView> memberships) {
    }

    /** An organisation the user belongs to and the roles held there. */
    record MembershipView(String code, String name, Organisation.Kind kind, String codiceFiscale, List<String> roles) {
    }

    @GetMapping("/api/me")
    CurrentUser me(@AuthenticationPrincipal UserAccount account) {
        List<String> roles = account.getAuthorities().stream()
                .map(authority -> authority.getAuthority().substring("ROLE_".length()))
                .toList();
        return new CurrentUser(account.getUsername(), account.fullName(), account.firstName().orElse(null),
                account.lastName().orElse(null), account.codiceFiscale().orElse(null), account.email().orElse(null),
                roles, account.operatorScopes(), byOrganisation(account.memberships()));
    }

    /**
     * The organisations the user may act for when compiling the module {@code form}: those where they
     * hold the module's organisation role, or all of theirs when the module names no role; never an
     * organisation the module is not for ({@code x-module.organisations.allowed}).
     */
    @GetMapping("/api/me/organisations")
    List<MembershipView> organisations(@AuthenticationPrincipal UserAccount account, @RequestParam String form) {
        FormDefinition definition = catalog.find(form).orElseThrow(() -> new ModuleNotFound(form));
        CompilerPolicy compilers = definition.compilers();
        return byOrganisation(account.memberships()).stream()
                .filter(membership -> !compilers.requiresOrganisation()
                        || membership.roles().contains(compilers.organisationRole()))
                .filter(membership -> definition.organisations().allows(membership.code()))
                .toList();
    }

    private static List<MembershipView> byOrganisation(List<Membership> memberships) {
        Map<String, MembershipView> views = new LinkedHashMap<>();
        for (Membership membership : memberships) {
            Organisation organisation = membership.organisation();
            MembershipView view = views.get(organisation.code());
            List<String> roles = view == null ? List.of(membership.role().name())
                    : Stream.concat(view.roles().stream(), Stream.of(membership.role().name())).toList();
            views.put(organisation.code(), new MembershipView(organisation.code(), organisation.name(),
                    organisation.kind(), organisation.codiceFiscale(), roles));
        }
        return List.copyOf(views.values());
    }
}
