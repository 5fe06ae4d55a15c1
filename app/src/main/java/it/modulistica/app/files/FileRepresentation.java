package it.modulistica.app.files;

import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.StoredFile;
import java.time.Instant;
import java.util.UUID;

/**
 * A file of an instance in the API.
 *
 * @param field  the file field's path ({@code /documenti/isee}) for files of the data, else {@code null}
 * @param action the action it came with for attachments and issued documents, else {@code null}
 */
record FileRepresentation(UUID id, String name, String mediaType, long size, FileKind kind, String field,
        String action, String uploadedBy, Instant uploadedAt, String sha256, String href) {

    static FileRepresentation of(StoredFile file) {
        return new FileRepresentation(file.id(), file.name(), file.mediaType(), file.size(), file.kind(),
                file.fieldPath(), file.action(), file.uploadedBy(), file.uploadedAt(), file.sha256(),
                "/api/instances/" + file.instanceId() + "/files/" + file.id());
    }
}
