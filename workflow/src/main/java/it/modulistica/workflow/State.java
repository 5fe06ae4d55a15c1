package it.modulistica.workflow;

/**
 * A state of a workflow.
 *
 * @param code         the stored code ({@code BOZZA}, {@code DA_INVIARE} ...)
 * @param label        what users read ("DA INVIARE")
 * @param ownerMayEdit whether the owner may change the data in this state
 * @param tab          the "Le mie istanze" tab it belongs to: {@code in-lavorazione},
 *                     {@code inviate}, {@code in-attesa-integrazione} or {@code concluse}
 * @param finalState   no action leads further (except archiving)
 * @param backofficeTab the back-office tab operators find it under: {@code pervenute},
 *                     {@code in-lavorazione}, {@code in-attesa-integrazione} or {@code concluse};
 *                     {@code null} when operators do not see instances in this state (drafts)
 */
public record State(String code, Label label, boolean ownerMayEdit, String tab, boolean finalState,
        String backofficeTab) {

    /** A state operators do not see in the back office. */
    public State(String code, Label label, boolean ownerMayEdit, String tab, boolean finalState) {
        this(code, label, ownerMayEdit, tab, finalState, null);
    }

    /** Whether operators find instances in this state in the back office. */
    public boolean inBackoffice() {
        return backofficeTab != null;
    }
}
