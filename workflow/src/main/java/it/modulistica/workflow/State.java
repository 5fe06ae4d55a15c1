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
 */
public record State(String code, Label label, boolean ownerMayEdit, String tab, boolean finalState) {
}
