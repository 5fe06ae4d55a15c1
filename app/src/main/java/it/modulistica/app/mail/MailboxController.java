package it.modulistica.app.mail;

import it.modulistica.app.security.Role;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local mailbox for administrators as data: {@code GET /api/admin/mail} gives the list as JSON,
 * and the body and attachments of one e-mail; its pages are {@link MailboxPages}.
 */
@RestController
class MailboxController {

    static final int SHOWN = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Rome"));

    private final LocalMailbox mailbox;
    private final MailTransport transport;

    MailboxController(LocalMailbox mailbox, MailTransport transport) {
        this.mailbox = mailbox;
        this.transport = transport;
    }

    @GetMapping(path = "/api/admin/mail", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LocalMailbox.StoredMail> list() {
        return mailbox.latest(SHOWN);
    }

    /** The HTML body, sandboxed: no scripts, no forms, no same-origin access. */
    @GetMapping(path = "/admin/mail/{id}/html")
    ResponseEntity<String> html(@PathVariable UUID id, Authentication user) {
        requireAdmin(user);
        LocalMailbox.StoredMail mail = mailbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
                .body(mail.html());
    }

    @GetMapping(path = {"/admin/mail/{id}/attachments/{attachment}", "/api/admin/mail/{id}/attachments/{attachment}"})
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachment, Authentication user) {
        requireAdmin(user);
        OutgoingMail.Attachment found = mailbox.attachment(id, attachment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(found.fileName()).build().toString())
                .body(found.content());
    }

    static Map<String, Object> row(LocalMailbox.StoredMail mail) {
        return Map.of("id", mail.id().toString(), "recipient", mail.recipient(), "subject", mail.subject(),
                "messageId", mail.messageId(), "receivedAt", WHEN.format(mail.receivedAt()),
                "attachments", mail.attachments().stream().map(attachment -> Map.of("id", attachment.id().toString(),
                        "fileName", attachment.fileName(), "size", attachment.size())).toList());
    }

    // The page chain lets any signed-in user through; the mailbox holds everyone's e-mails.
    static void requireAdmin(Authentication user) {
        if (!user.getAuthorities().contains(Role.ADMIN.authority())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
