package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitaIvaTest {

    private final PartitaIva partitaIva = new PartitaIva();

    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "02438750586", "06363391001"})
    void acceptsValidPartitaIva(String value) {
        assertThat(partitaIva.accepts(value)).isTrue();
    }

    @Test
    void acceptsCodiceFiscaleOfOrganisationBeginningWithEight() {
        assertThat(partitaIva.accepts("80087670016")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00743110158", "00743110150", "02438750585", "80087670018"})
    void rejectsPartitaIvaWithWrongCheckDigit(String value) {
        assertThat(partitaIva.accepts(value)).isFalse();
    }

    @Test
    void rejectsSwappedAdjacentDigits() {
        assertThat(partitaIva.accepts("07043110157")).isFalse();
    }

    @Test
    void rejectsAllZerosThoughItsCheckDigitAddsUp() {
        assertThat(partitaIva.accepts("00000000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0074311015", "007431101570", " 00743110157", "IT00743110157"})
    void rejectsWrongLength(String value) {
        assertThat(partitaIva.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015A", "O0743110157", "00743 10157", "\u0660\u0660743110157"})
    void rejectsAnythingButAsciiDigits(String value) {
        assertThat(partitaIva.accepts(value)).isFalse();
    }
}
