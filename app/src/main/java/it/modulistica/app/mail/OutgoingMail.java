package it.modulistica.app.mail;

import java.util.List;

/** One e-mail to one recipient, as a transport hands it over, with its stable Message-ID. */
record OutgoingMail(String messageId, String from, String recipient, String subject, String html, String text,
        List<Attachment> attachments) {

    OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
