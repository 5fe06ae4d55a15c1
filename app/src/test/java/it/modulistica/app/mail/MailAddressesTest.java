package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailAddressesTest {

    @Test
    void acceptsOneAddressAndStripsIt() {
        assertThat(MailAddresses.single("  rup@comune.alba.cn.it ")).isEqualTo("rup@comune.alba.cn.it");
    }

    @Test
    void rejectsLineBreaksThatWouldInjectHeaders() {
        assertThatThrownBy(() -> MailAddresses.single("rup@comune.it\r\nBcc: x@evil.example"))
                .isInstanceOf(MailAddresses.InvalidAddress.class).hasMessageContaining("ritorno a capo");
        assertThatThrownBy(() -> MailAddresses.single("rup@comune.it\n")).isInstanceOf(MailAddresses.InvalidAddress.class);
    }

    @Test
    void rejectsListsNamesAndNonAddresses() {
        assertThatThrownBy(() -> MailAddresses.single("a@b.it, c@d.it")).hasMessage("è ammesso un solo indirizzo");
        assertThatThrownBy(() -> MailAddresses.single("a@b.it;c@d.it")).hasMessage("è ammesso un solo indirizzo");
        assertThatThrownBy(() -> MailAddresses.single("Mario <a@b.it>")).hasMessage("è ammesso un solo indirizzo");
        assertThatThrownBy(() -> MailAddresses.single("non-un-indirizzo")).hasMessage("indirizzo non valido");
        assertThatThrownBy(() -> MailAddresses.single(" ")).hasMessage("indirizzo mancante");
    }

    @Test
    void backoffDoublesFromTwoSecondsUpToFiveMinutes() {
        MailSettings settings = new MailSettings("a@b.it", "b.it", true, 1, java.time.Duration.ofSeconds(1), 20,
                java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(5), 10, java.time.Duration.ZERO,
                java.time.Duration.ofSeconds(10), 100);
        assertThat(settings.backoff(1)).hasSeconds(2);
        assertThat(settings.backoff(3)).hasSeconds(8);
        assertThat(settings.backoff(9)).hasMinutes(5);
        assertThat(settings.backoff(60)).hasMinutes(5);
    }
}
