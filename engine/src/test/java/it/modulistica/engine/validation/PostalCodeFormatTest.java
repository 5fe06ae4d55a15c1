package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeFormatTest {

    private final PostalCode postalCode = new PostalCode();

    @ParameterizedTest
    @ValueSource(strings = {"10121", "00100", "98168"})
    void acceptsFiveDigits(String value) {
        assertThat(postalCode.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "1012", "101210", "1012A", "10 121", " 10121", "I-10121", "\u0661\u0660\u0661\u0662\u0661"
    })
    void rejectsAnythingButExactlyFiveAsciiDigits(String value) {
        assertThat(postalCode.accepts(value)).isFalse();
    }
}
