package it.modulistica.app.security.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.app.security.CredentialRefused;
import it.modulistica.app.security.IdentifiedPerson;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** The codice fiscale read from CNS subjects, RDN by RDN, and the subjects crafted to fool a string search. */
class CnsSubjectTest {

    private static final String ROSSI = "RSSMRA80A01H501U";
    private static final String NERI = "NREFRC75C54A124J";

    /** Subjects in RFC 2253 form; 2.5.4.5 is serialNumber, 2.5.4.42 givenName, 2.5.4.4 surname. */
    private static IdentifiedPerson read(String subject) {
        return CnsSubject.read(new X500Principal(subject));
    }

    private static void assertRefused(String subject, String reason) {
        assertThatThrownBy(() -> read(subject)).isInstanceOf(CredentialRefused.class)
                .extracting(e -> ((CredentialRefused) e).reason()).isEqualTo(reason);
    }

    @Test
    void readsTheCodiceFiscaleAndNamesFromACommonNameWithSurnameNameCodeAndHash() {
        IdentifiedPerson person = read("CN=ROSSI/MARIO/" + ROSSI + "/7420000000001234.hpSZt8JkgNyXx\\+cx0nNNHOoI4EE\\=,"
                + "2.5.4.5=TINIT-" + ROSSI + ",O=Ministero,C=IT");

        assertThat(person.codiceFiscale()).isEqualTo(ROSSI);
        assertThat(person.firstName()).isEqualTo("MARIO");
        assertThat(person.lastName()).isEqualTo("ROSSI");
    }

    @Test
    void readsTheCodiceFiscaleFromACommonNameWithCodeAndHashAndNamesFromTheirAttributes() {
        IdentifiedPerson person = read("CN=" + ROSSI + "/7420000000001234.hpSZt8Jk\\=,2.5.4.42=Mario,2.5.4.4=Rossi,C=IT");

        assertThat(person.codiceFiscale()).isEqualTo(ROSSI);
        assertThat(person.firstName()).isEqualTo("Mario");
        assertThat(person.lastName()).isEqualTo("Rossi");
    }

    @Test
    void readsTheCodiceFiscaleFromTheSerialNumberWithOrWithoutThePrefixInAnyCase() {
        assertThat(read("CN=Mario Rossi,2.5.4.5=tinit-" + ROSSI.toLowerCase() + ",C=IT").codiceFiscale()).isEqualTo(ROSSI);
        assertThat(read("CN=Mario Rossi,2.5.4.5=" + ROSSI + ",C=IT").codiceFiscale()).isEqualTo(ROSSI);
    }

    @Test
    void refusesASubjectNamingTwoDifferentCodiciFiscali() {
        assertRefused("CN=ROSSI/MARIO/" + ROSSI + "/1234,2.5.4.5=TINIT-" + NERI + ",C=IT", "subject-ambiguous");
        assertRefused("CN=" + ROSSI + "/" + NERI + ",C=IT", "subject-ambiguous");
    }

    @Test
    void refusesACommonNameOrSerialNumberGivenTwice() {
        assertRefused("CN=NERI/FEDERICA/" + NERI + "/1,CN=ROSSI/MARIO/" + ROSSI + "/1,C=IT", "subject-ambiguous");
        assertRefused("2.5.4.5=TINIT-" + ROSSI + ",2.5.4.5=TINIT-" + ROSSI + ",C=IT", "subject-ambiguous");
    }

    @Test
    void refusesAMultiValuedRdnSmugglingASerialNumber() {
        assertRefused("CN=Mallory+2.5.4.5=TINIT-" + ROSSI + ",C=IT", "subject-multivalued-rdn");
        assertRefused("OU=Cittadini+2.5.4.5=TINIT-" + ROSSI + ",CN=NERI/FEDERICA/" + NERI + "/1,C=IT",
                "subject-multivalued-rdn");
    }

    @Test
    void refusesACommonNameHidingAnotherAttributeBehindAnEscapedComma() {
        assertRefused("CN=Mallory\\,2.5.4.5=TINIT-" + ROSSI + ",2.5.4.5=TINIT-" + NERI + ",C=IT", "subject-crafted");
        assertRefused("CN=Mallory\\,CN=ROSSI/MARIO/" + ROSSI + "/1,C=IT", "subject-crafted");
    }

    @Test
    void ignoresACodiceFiscaleSmuggledIntoAnotherAttribute() {
        IdentifiedPerson person = read("OU=x\\,2.5.4.5=TINIT-" + ROSSI + ",O=CN\\=ROSSI/MARIO/" + ROSSI
                + "/1,CN=NERI/FEDERICA/" + NERI + "/9,C=IT");

        assertThat(person.codiceFiscale()).isEqualTo(NERI);
    }

    @Test
    void anEscapedPlusOrEqualsSignMakesNoSecondAttribute() {
        assertRefused("CN=Mallory\\+2.5.4.5\\=TINIT-" + ROSSI + ",C=IT", "fiscal-number-missing");
    }

    @Test
    void refusesACodiceFiscaleWithAWrongCheckLetter() {
        assertRefused("CN=ROSSI/MARIO/RSSMRA80A01H501X/1,C=IT", "fiscal-number-missing");
        assertRefused("CN=Mario Rossi,2.5.4.5=TINIT-RSSMRA80A01H501X,C=IT", "fiscal-number-invalid");
    }

    @Test
    void refusesASubjectWithoutCodiceFiscale() {
        assertRefused("CN=Mario Rossi,O=Comune di Alba,C=IT", "fiscal-number-missing");
    }

    @Test
    void ignoresASerialNumberThatIsNotATaxIdentifier() {
        assertThat(read("CN=" + ROSSI + "/1234,2.5.4.5=IT-0042,C=IT").codiceFiscale()).isEqualTo(ROSSI);
    }
}
