package it.modulistica.app.mail;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mails about an account rather than an instance (the warning that someone is trying passwords on
 * it), through the same outbox: written in the caller's transaction, delivered by the worker with
 * its retries, listed in the local mailbox when there is no SMTP server.
 */
@Component
public class AccountMail {

    private final MailJobs jobs;
    private final MailSettings settings;
    private final Clock clock;

    AccountMail(MailJobs jobs, MailSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues a plain e-mail to {@code recipient}; {@code text} is its body, paragraphs separated by
     * blank lines, also sent as simple HTML. An address that is not valid is recorded as rejected.
     */
    public void queue(String kind, String recipient, String subject, String text) {
        String rejection = null;
        String address = recipient;
        try {
            address = MailAddresses.single(recipient);
        } catch (MailAddresses.InvalidAddress invalid) {
            rejection = "Indirizzo del destinatario non valido: " + invalid.getMessage();
        }
        StringBuilder html = new StringBuilder("<html><body>");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br/>")).append("</p>");
        }
        html.append("</body></html>");
        jobs.insert(new MailJobs.NewJob(null, null, kind, address == null ? "" : address, subject, html.toString(), text,
                false, rejection), settings.messageIdDomain(), clock.instant());
    }
}
