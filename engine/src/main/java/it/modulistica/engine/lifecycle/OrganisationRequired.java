package it.modulistica.engine.lifecycle;

/** The module is compiled only on behalf of an organisation, and none was given. */
public final class OrganisationRequired extends RuntimeException {

    private final String formCode;

    public OrganisationRequired(String formCode, String organisationRole) {
        super("Il modulo " + formCode + " si compila per conto di un ente, con il ruolo " + organisationRole);
        this.formCode = formCode;
    }

    public String formCode() {
        return formCode;
    }
}
