package it.modulistica.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    private static final InstanceRenderer RENDERER = new InstanceRenderer();

    @Test
    void receiptMailNamesModuleNumberAndSendingTimeInSubjectAndBodies() {
        Mail mail = RENDERER.mailBody(Examples.request(Examples.torino(), Examples.sent()));

        assertThat(mail.subject()).isEqualTo("Ricevuta di invio: Utenti Servizi 06 n. SERV06_UTENTI_2022.0000042");
        assertThat(mail.html()).contains("è stata inviata il 03/08/2022 alle 16:05", "Torino", "Gioacchino", "29/02/1792");
        assertThat(mail.text()).contains("l'istanza n. SERV06_UTENTI_2022.0000042 del modulo \"Utenti Servizi 06\"",
                "Comune: Torino", "Data di nascita: 29/02/1792", Examples.SHA);
    }

    @Test
    void htmlBodyStylesInlineOnly() {
        Mail mail = RENDERER.mailBody(Examples.request(Examples.torino(), Examples.sent()));

        assertThat(mail.html()).doesNotContain("<style", "<link", "class=").contains("style=\"");
    }

    @Test
    void englishMailIsInEnglish() {
        Mail mail = RENDERER.mailBody(Examples.request(Examples.utentiServizi06(), Examples.torino(), Examples.sent(),
                Locale.ENGLISH));

        assertThat(mail.subject()).startsWith("Submission receipt: Servizi 06 users");
        assertThat(mail.text()).contains("Dear user,", "Municipality: Torino", "was sent on 03/08/2022 at 16:05");
    }
}
