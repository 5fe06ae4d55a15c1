package it.modulistica.engine.lifecycle;

import java.util.Locale;

/**
 * The caller asked to act for an organisation in which they do not hold the role the module asks
 * for (or, when the module asks for none, any role at all).
 */
public final class NotAMember extends RuntimeException {

    private final String formCode;
    private final String organisation;

    public NotAMember(String formCode, String organisation, String organisationRole) {
        super(organisationRole == null
                ? "Non risulta tra i membri dell'ente " + organisation + ": non può compilare il modulo " + formCode
                        + " per suo conto"
                : "Non risulta " + organisationRole.toLowerCase(Locale.ROOT).replace('_', ' ') + " dell'ente "
                        + organisation + ": non può compilare il modulo " + formCode + " per suo conto");
        this.formCode = formCode;
        this.organisation = organisation;
    }

    public String formCode() {
        return formCode;
    }

    public String organisation() {
        return organisation;
    }
}
