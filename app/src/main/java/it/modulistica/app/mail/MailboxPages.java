package it.modulistica.app.mail;

import it.modulistica.app.pages.LayoutPage;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages of the local mailbox for administrators, in the common layout: {@code /admin/mail}
 * lists the e-mails newest first, {@code /admin/mail/{id}} shows one with its attachments.
 */
@Controller
@LayoutPage
class MailboxPages {

    private final LocalMailbox mailbox;
    private final MailTransport transport;

    MailboxPages(LocalMailbox mailbox, MailTransport transport) {
        this.mailbox = mailbox;
        this.transport = transport;
    }

    @GetMapping(path = "/admin/mail", produces = MediaType.TEXT_HTML_VALUE)
    String list(Authentication user, Model model) {
        MailboxController.requireAdmin(user);
        model.addAttribute("mails", mailbox.latest(MailboxController.SHOWN).stream().map(MailboxController::row).toList());
        model.addAttribute("transport", transport.name());
        model.addAttribute("local", transport == mailbox);
        return "pages/admin/mailbox";
    }

    @GetMapping(path = "/admin/mail/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String message(@PathVariable UUID id, Authentication user, Model model) {
        MailboxController.requireAdmin(user);
        LocalMailbox.StoredMail mail = mailbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", MailboxController.row(mail));
        model.addAttribute("text", mail.text());
        return "pages/admin/mailbox-message";
    }
}
