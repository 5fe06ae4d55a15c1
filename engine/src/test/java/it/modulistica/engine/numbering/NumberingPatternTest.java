package it.modulistica.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberingPatternTest {

    @Test
    void writesEveryTokenAndKeepsTheLiteralText() {
        NumberingPattern pattern = NumberingPattern.parse("{code}/{version}-{year}.{seq:7}bis");

        assertThat(pattern.format("utenti", "1.2.0", 2026, 42)).isEqualTo("utenti/1.2.0-2026.0000042bis");
        assertThat(pattern.hasYear()).isTrue();
    }

    @Test
    void writesASequenceLongerThanItsWidthInFull() {
        assertThat(NumberingPattern.parse("N{seq:2}").format("c", "1.0.0", 2026, 1234)).isEqualTo("N1234");
    }

    @Test
    void tellsAPatternWithoutYear() {
        assertThat(NumberingPattern.parse("{code}-{seq:3}").hasYear()).isFalse();
    }

    @Test
    void refusesAPatternWithoutSequence() {
        assertThatThrownBy(() -> NumberingPattern.parse("{code}-{year}")).isInstanceOf(IllegalArgumentException.class);
    }
}
