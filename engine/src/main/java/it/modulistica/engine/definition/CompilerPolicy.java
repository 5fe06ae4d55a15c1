package it.modulistica.engine.definition;

/**
 * Who may compile a module: any authenticated user ({@code organisationRole == null}), or only
 * users holding that role in an organisation, acting for it.
 */
public record CompilerPolicy(String organisationRole) {

    public static final CompilerPolicy ANY_AUTHENTICATED = new CompilerPolicy(null);

    public boolean requiresOrganisation() {
        return organisationRole != null;
    }
}
