package it.modulistica.app.instances;

import it.modulistica.engine.attachment.Upload;
import it.modulistica.engine.lifecycle.ActionFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The file parts of a request as the engine takes them: an action's files, a field's upload. */
public final class MultipartUploads {

    private MultipartUploads() {
    }

    public static ActionFiles of(List<MultipartFile> attachments, MultipartFile issuedDocument) {
        List<Upload> given = attachments == null ? List.of()
                : attachments.stream().filter(MultipartUploads::chosen).map(MultipartUploads::upload).toList();
        return new ActionFiles(given, chosen(issuedDocument) ? upload(issuedDocument) : null);
    }

    /** A browser posts an empty part for a file input left empty. */
    private static boolean chosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()));
    }

    public static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }
}
