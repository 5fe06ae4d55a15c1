package it.modulistica.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mailbox page frames the e-mail's HTML body under the site-wide policy (frames from the same
 * origin only); the body itself is sandboxed and may be framed by the site alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailboxFramingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalMailbox mailbox;

    @Test
    void theMailboxPageMayFrameTheSandboxedBodyAndNothingElseMay() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@modulistica.local>";
        mailbox.send(new OutgoingMail(messageId, "noreply@modulistica.local", "rup@example.org", "Prova cornice",
                "<p>Corpo <b>HTML</b></p>", "Corpo", List.of()));
        UUID id = mailbox.latest(200).stream().filter(mail -> mail.messageId().equals(messageId)).findFirst()
                .orElseThrow().id();

        String page = mvc.perform(get("/admin/mail/" + id).with(user("admin").roles("USER", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<iframe src=\"/admin/mail/" + id + "/html\"").contains("sandbox=\"\"");

        mvc.perform(get("/admin/mail/" + id + "/html").with(user("admin").roles("USER", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }
}
