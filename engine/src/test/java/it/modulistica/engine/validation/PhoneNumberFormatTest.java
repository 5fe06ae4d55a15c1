package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberFormatTest {

    private final PhoneNumber phoneNumber = new PhoneNumber();

    @ParameterizedTest
    @ValueSource(strings = {
        "+39 011 0824108",
        "0110824108",
        "011-0824108",
        "011.082.41.08",
        "3471234567",
        "+393471234567",
        "0039 347 1234567",
        "+44 20 7946 0958",
        "112233",          // six digits, the fewest
        "+123456789012345" // fifteen digits, the E.164 maximum
    })
    void acceptsItalianAndInternationalNumbers(String value) {
        assertThat(phoneNumber.accepts(value)).isTrue();
    }

    @Test
    void rejectsSlashBetweenPrefixAndNumber() {
        assertThat(phoneNumber.accepts("011/0824108")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+39 12", "1234567890123456", "+39 0110 8241 0812 34"})
    void rejectsFewerThanSixOrMoreThanFifteenDigits(String value) {
        assertThat(phoneNumber.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "+ 39 011 0824108", // separator right after +
        "011  0824108",     // two separators in a row
        "011 -0824108",
        " 0110824108",
        "0110824108 ",
        "-0110824108",
        "0110824108.",
        "39+0110824108",
        "++390110824108",
        "(011) 0824108",
        "011 0824108 int. 5",
        "011\t0824108",
        "0110824108\n3471234567",
        "numero 0110824108",
    })
    void rejectsSeparatorsOtherThanSingleSpacesDotsOrDashesBetweenDigits(String value) {
        assertThat(phoneNumber.accepts(value)).isFalse();
    }
}
