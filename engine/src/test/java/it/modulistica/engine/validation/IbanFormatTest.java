package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanFormatTest {

    private final Iban iban = new Iban();

    @ParameterizedTest
    @ValueSource(strings = {
        "IT60X0542811101000000123456",
        "IT60 X054 2811 1010 0000 0123 456",
        "it60x0542811101000000123456",
        "SM86U0322509800000000270100",
        "GB82WEST12345698765432",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NO9386011117947", // 15 characters, the shortest in use
    })
    void acceptsValidIban(String value) {
        assertThat(iban.accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IT61X0542811101000000123456", "IT59X0542811101000000123456", "GB83WEST12345698765432"
    })
    void rejectsIbanWithWrongCheckDigits(String value) {
        assertThat(iban.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IT60X0542811101000000123457", "IT60X0542811101000000132456", "IT60Y0542811101000000123456"
    })
    void rejectsIbanWithAlteredAccountNumber(String value) {
        assertThat(iban.accepts(value)).isFalse();
    }

    @Test
    void rejectsCheckDigitsThatIsoReservesThoughTheRemainderIsOne() {
        // 00, 01 and 99 are congruent modulo 97 to the real check digits 97, 98 and 02.
        String bban97 = bbanWhoseCheckDigitsAre("97");
        String bban98 = bbanWhoseCheckDigitsAre("98");
        String bban02 = bbanWhoseCheckDigitsAre("02");
        assertThat(iban.accepts("GB97" + bban97)).isTrue();
        assertThat(iban.accepts("GB00" + bban97)).isFalse();
        assertThat(iban.accepts("GB98" + bban98)).isTrue();
        assertThat(iban.accepts("GB01" + bban98)).isFalse();
        assertThat(iban.accepts("GB02" + bban02)).isTrue();
        assertThat(iban.accepts("GB99" + bban02)).isFalse();
    }

    @Test
    void acceptsFifteenToThirtyFourCharactersOutsideItaly() {
        assertThat(iban.accepts(withCheckDigits("NO", "12345678901"))).isTrue();
        assertThat(iban.accepts(withCheckDigits("NO", "1234567890"))).isFalse();
        assertThat(iban.accepts(withCheckDigits("LC", "HEMM" + "1".repeat(26)))).isTrue();
        assertThat(iban.accepts(withCheckDigits("LC", "HEMM" + "1".repeat(27)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IT60X054281110100000012345",   // 26 characters
        "IT60X05428111010000001234567", // 28 characters
        "IT6012542811101000000123456",  // digit where the CIN letter belongs
        "IT60XA542811101000000123456",  // letter in the ABI code
    })
    void rejectsItalianIbanWithoutTheNationalStructure(String value) {
        assertThat(iban.accepts(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "IT60",
        "1T60X0542811101000000123456",
        "ITX0X0542811101000000123456",
        "IT60-X054-2811-1010-0000-0123-456",
        "IT60\tX0542811101000000123456",
        "IT60X054281110100000012345\u0131",
    })
    void rejectsMalformedIban(String value) {
        assertThat(iban.accepts(value)).isFalse();
    }

    private static String bbanWhoseCheckDigitsAre(String checkDigits) {
        for (int account = 0; ; account++) {
            String bban = "WEST" + String.format("%014d", account);
            if (withCheckDigits("GB", bban).startsWith("GB" + checkDigits)) {
                return bban;
            }
        }
    }

    /** An IBAN with its check digits computed independently of the class under test. */
    private static String withCheckDigits(String country, String bban) {
        StringBuilder number = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            number.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
