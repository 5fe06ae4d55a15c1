package it.modulistica.renderer;

/**
 * What an act's template knows of the action that issues it, texts ready to print.
 *
 * @param actionCode  the action's code ({@code accogli})
 * @param actionLabel the action's label in Italian ("Accogli")
 * @param note        the note written with the action, empty when none
 * @param actor       the username of the operator
 * @param date        the day, {@code dd/MM/yyyy} in Europe/Rome
 * @param time        the time, {@code HH:mm} in Europe/Rome
 */
public record IssuedAct(String actionCode, String actionLabel, String note, String actor, String date, String time) {
}
