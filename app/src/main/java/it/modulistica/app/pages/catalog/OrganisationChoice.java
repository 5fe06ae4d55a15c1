package it.modulistica.app.pages.catalog;

import it.modulistica.app.organisations.Membership;
import it.modulistica.app.organisations.Organisation;
import it.modulistica.app.security.UserAccount;
import it.modulistica.engine.definition.CompilerPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * The organisations a user may choose when starting a module compiled for organisations: those of
 * the organisations directory where they hold the module's organisation role.
 *
 * @param code the organisation's code (ISTAT code for a comune)
 * @param name its name, as the select shows it
 */
public record OrganisationChoice(String code, String name) {

    /** The choices for a module, by organisation name; empty for a module without an organisation role. */
    static List<OrganisationChoice> of(Authentication user, CompilerPolicy compilers) {
        if (!compilers.requiresOrganisation() || !(user.getPrincipal() instanceof UserAccount account)) {
            return List.of();
        }
        Map<String, OrganisationChoice> choices = new LinkedHashMap<>();
        for (Membership membership : account.memberships()) {
            Organisation organisation = membership.organisation();
            if (membership.role().name().equals(compilers.organisationRole())) {
                choices.putIfAbsent(organisation.code(), new OrganisationChoice(organisation.code(), organisation.name()));
            }
        }
        return List.copyOf(choices.values());
    }

    /** The code chosen, stripped; {@code null} when none was given (a module for private persons). */
    static String chosen(String posted) {
        return posted == null || posted.isBlank() ? null : posted.strip();
    }
}
