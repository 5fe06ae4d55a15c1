package it.modulistica.engine.lifecycle;

/**
 * The caller asked to compile, for an organisation, a module reserved to other organisations
 * ({@code x-module.organisations.allowed}).
 */
public final class OrganisationNotAllowed extends RuntimeException {

    private final String organisation;

    public OrganisationNotAllowed(String moduleTitle, String organisation) {
        super("Il modulo \"" + moduleTitle + "\" è riservato agli enti indicati dall'amministrazione che lo pubblica: "
                + "l'ente " + organisation + " non è tra questi e non può compilarlo");
        this.organisation = organisation;
    }

    public String organisation() {
        return organisation;
    }
}
