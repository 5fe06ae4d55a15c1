package it.modulistica.engine.definition;

import it.modulistica.engine.logic.Logic;

/**
 * A rule across fields ({@code x-rules}): when {@code assertion} is false the data has a violation
 * with code {@code rule} at {@code pointer} and the author's {@code message}. With {@code *} in the
 * pointer the rule is checked for every row, with that row as the current one.
 *
 * @param assertion the JSONLogic expression that must hold
 * @param pointer   where the violation is reported, in the data ({@code /figli/*}{@code /dataNascita})
 * @param message   the author's message, with translations
 * @param draft     checked on drafts too ({@code "level": "draft"}); otherwise only at complete level
 */
public record Rule(Logic assertion, String pointer, LocalizedText message, boolean draft) {
}
