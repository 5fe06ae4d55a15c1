package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

    private final CodiceFiscale codiceFiscale = new CodiceFiscale();

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA80A01H501U", // Mario Rossi, 1 January 1980, Roma
        "BNCLRA85T45F205L", // a woman: day of birth plus 40
        "VRDGPP13R10B293P", // Giuseppe Verdi, Busseto
        "RSSMRA80A71H501B", // the last day a woman's code can carry
    })
    void acceptsValidCodiceFiscale(String value) {
        assertThat(codiceFiscale.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA80A01H50MM", // last digit replaced
        "RSSMRA80A01H5LMX", // last two digits replaced
        "RSSMRA80A0MH50ME", // a digit of the day and the last one, not in official order
        "RSSMRAULALMHRLMD", // every digit replaced
    })
    void acceptsOmocodicCodiceFiscaleWithItsRecomputedCheckLetter(String value) {
        assertThat(codiceFiscale.accepts(value)).isTrue();
    }

    @Test
    void isValidAppliesTheSameRuleForCredentialsAndRefusesNull() {
        assertThat(CodiceFiscale.isValid("RSSMRA80A01H501U")).isTrue();
        assertThat(CodiceFiscale.isValid("rssmra80a01h501u")).isTrue();
        assertThat(CodiceFiscale.isValid("RSSMRA80A01H501X")).isFalse();
        assertThat(CodiceFiscale.isValid(null)).isFalse();
    }

    @Test
    void rejectsOmocodicCodiceFiscaleKeepingTheOriginalCheckLetter() {
        assertThat(codiceFiscale.accepts("RSSMRA80A01H50MU")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rssmra80a01h501u", "RssMra80A01h501U", "rssmraulalmhrlmd"})
    void acceptsLowerCase(String value) {
        assertThat(codiceFiscale.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501A", "RSSMRA80A01H501V", "BNCLRA85T45F205M"})
    void rejectsCodiceFiscaleWithWrongCheckLetter(String value) {
        assertThat(codiceFiscale.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA80A01H501", "RSSMRA80A01H501UX", "RSSMRA80A01H501U "})
    void rejectsWrongLength(String value) {
        assertThat(codiceFiscale.accepts(value)).isFalse();
    }

    @Test
    void rejectsMonthLetterOutsideTheOfficialTwelve() {
        // F is not a month letter, although its check letter is right for the other 15 characters.
        assertThat(codiceFiscale.accepts("RSSMRA80F01H501G")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA80A00H501V", // day 0
        "RSSMRA80A32H501C", // day 32
        "RSSMRA80A72H501G", // day 72
        "RSSMRA80A4LH501C", // day 40, written with omocodia
        "RSSMRA80A0LH501Y", // day 0, written with omocodia
    })
    void rejectsDayOutsideBothRangesEvenWithRightCheckLetter(String value) {
        assertThat(codiceFiscale.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA8OA01H501U", // letter O where a digit belongs (not an omocodia letter)
        "RSSMR480A01H501U", // digit among the name letters
        "RSSMRA80A011501U", // digit where the cadastral letter belongs
        "00743110157",      // the numeric codice fiscale belongs to codice-fiscale-ente
        "RSSMRA80A01H501-",
    })
    void rejectsCharactersOutOfPlace(String value) {
        assertThat(codiceFiscale.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501U\u0131", "\u0131SSMRA80A01H501U", "RSSMRA80A01H501\u212A"})
    void rejectsNonAsciiLettersThatUpperCaseToAscii(String value) {
        // U+0131 upper-cases to I and U+212A (Kelvin sign) lower-cases to k.
        assertThat(codiceFiscale.accepts(value)).isFalse();
    }
}
