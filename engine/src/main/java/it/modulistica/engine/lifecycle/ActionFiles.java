package it.modulistica.engine.lifecycle;

import it.modulistica.engine.attachment.Upload;
import it.modulistica.engine.definition.FileRules;
import java.util.List;
import java.util.Optional;

/**
 * The files given with a workflow action: attachments (when the action's input declares
 * {@code attachments}) and the issued document, the "atto" (when it declares
 * {@code issuedDocument}).
 *
 * @param issuedDocument the act uploaded by the operator, {@code null} for none: then the module's
 *                       template for the action, if it has one, prints it
 */
public record ActionFiles(List<Upload> attachments, Upload issuedDocument) {

    /** What attachments of actions may be: signed or plain documents, images, XML; 10 at most. */
    public static final FileRules ATTACHMENT_RULES = new FileRules(List.of("pdf", "p7m", "png", "jpg", "jpeg", "xml"),
            FileRules.DEFAULT_MAX_FILE_SIZE, 10);
    /** What an uploaded act may be: a PDF, signed or not. */
    public static final FileRules ISSUED_DOCUMENT_RULES = new FileRules(List.of("pdf", "p7m"),
            FileRules.DEFAULT_MAX_FILE_SIZE, 1);

    public static final ActionFiles NONE = new ActionFiles(List.of(), null);

    public ActionFiles {
        attachments = List.copyOf(attachments);
    }

    public Optional<Upload> issued() {
        return Optional.ofNullable(issuedDocument);
    }

    public boolean isEmpty() {
        return attachments.isEmpty() && issuedDocument == null;
    }
}
