package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressFormatTest {

    private final EmailAddress email = new EmailAddress();

    @ParameterizedTest
    @ValueSource(strings = {
        "mario.rossi@example.it",
        "protocollo@pec.comune.torino.it",
        "MARIO.ROSSI@EXAMPLE.IT",
        "mario+moduli@example.com",
        "o'brien@example.ie",
        "a_b-c@sub-domain.example.org",
        "x@example.xn--p1ai",
        "1234@123.example.museum",
    })
    void acceptsOrdinaryAddresses(String value) {
        assertThat(email.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mario.rossi@example.it\r\nBcc: victim@example.com",
        "mario.rossi@example.it\nBcc: victim@example.com",
        "mario.rossi@example.it\r",
        "mario\n.rossi@example.it",
    })
    void rejectsLineBreaksThatCouldInjectMailHeaders(String value) {
        assertThat(email.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mario@example.it,anna@example.it",
        "mario@example.it; anna@example.it",
        "mario@example.it anna@example.it",
        "mario@anna@example.it",
        "Mario Rossi <mario@example.it>",
    })
    void rejectsMoreThanOneAddressOrADisplayName(String value) {
        assertThat(email.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "mario.rossi",
        "mario.rossi@",
        "@example.it",
        "mario rossi@example.it",
        " mario@example.it",
        "mario@example.it ",
        "mario@localhost",
        "mario@example.i",
        "mario@example.123",
        "mario@example..it",
        "mario@.example.it",
        "mario@example.it.",
        "mario@-example.it",
        "mario@example-.it",
        "mario@exa_mple.it",
        "mario@[192.168.0.1]",
        ".mario@example.it",
        "mario.@example.it",
        "mario..rossi@example.it",
        "\"mario rossi\"@example.it",
        "mariò@example.it",
        "mario@città.it",
    })
    void rejectsMalformedAddresses(String value) {
        assertThat(email.accepts(value)).isFalse();
    }

    @Test
    void rejectsLocalPartLongerThanSixtyFourCharacters() {
        assertThat(email.accepts("a".repeat(64) + "@example.it")).isTrue();
        assertThat(email.accepts("a".repeat(65) + "@example.it")).isFalse();
    }

    @Test
    void rejectsAddressLongerThan254Characters() {
        String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".it";
        String local = "m".repeat(254 - domain.length() - 1);
        assertThat(email.accepts(local + "@" + domain)).isTrue();
        assertThat(email.accepts(local + "m@" + domain)).isFalse();
    }

    @Test
    void rejectsDomainLabelLongerThanSixtyThreeCharacters() {
        assertThat(email.accepts("mario@" + "a".repeat(64) + ".it")).isFalse();
    }
}
