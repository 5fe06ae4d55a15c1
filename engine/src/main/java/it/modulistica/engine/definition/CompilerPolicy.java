package it.modulistica.engine.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may compile a module and how the data is bound to the compiler's identity: any authenticated
 * user ({@code organisationRole == null}), or only users holding that role in an organisation,
 * acting for it.
 *
 * @param organisationRole the role needed in the organisation acted for, {@code null} for none
 * @param organisationField JSON pointer of the value field that must hold the code of the
 *                          organisation acted for, {@code null} for none ({@code x-module.organisationField})
 * @param prefill value field pointer → attribute of the compiler or of the organisation acted for
 *                ({@link #PREFILL_ATTRIBUTES}), written at creation; the compiler's are locked
 *                afterwards ({@code x-module.prefill})
 * @param sharedWithOrganisation whether every member of the organisation acted for sees the
 *                               instance, read-only ({@code x-module.sharedWithOrganisation})
 */
public record CompilerPolicy(String organisationRole, String organisationField, Map<String, String> prefill,
        boolean sharedWithOrganisation) {

    /**
     * The attributes a field may be prefilled with: the compiler's (locked afterwards), and, prefixed
     * {@value #ORGANISATION_PREFIX}, the organisation's chosen on the catalogue card (a starting value
     * the compiler may correct; {@code provincia} is the sigla of a comune's province).
     */
    public static final Set<String> PREFILL_ATTRIBUTES = Set.of("firstName", "lastName", "fullName", "codiceFiscale",
            "email", "organisation.code", "organisation.name", "organisation.codiceFiscale", "organisation.pec",
            "organisation.provincia");

    /** The prefix of the organisation's attributes among {@link #PREFILL_ATTRIBUTES}. */
    public static final String ORGANISATION_PREFIX = "organisation.";

    public static final CompilerPolicy ANY_AUTHENTICATED = new CompilerPolicy(null, null, Map.of(), false);

    public CompilerPolicy {
        prefill = Map.copyOf(prefill);
    }

    /** A policy that only names the organisation role. */
    public CompilerPolicy(String organisationRole) {
        this(organisationRole, null, Map.of(), false);
    }

    /** The prefilled fields bound to the compiler's identity, which the compiler cannot change. */
    public Map<String, String> lockedPrefill() {
        Map<String, String> locked = new LinkedHashMap<>(prefill);
        locked.values().removeIf(attribute -> attribute.startsWith(ORGANISATION_PREFIX));
        return locked;
    }

    public boolean requiresOrganisation() {
        return organisationRole != null;
    }
}
