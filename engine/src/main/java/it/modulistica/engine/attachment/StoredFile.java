package it.modulistica.engine.attachment;

import it.modulistica.engine.definition.FileReference;
import java.time.Instant;
import java.util.UUID;

/**
 * A file kept with an instance, without its bytes.
 *
 * @param fieldPath the file field's path in the definition ({@code /documenti/isee}, rows of groups
 *                  as {@code *}) for {@link FileKind#FIELD}, else {@code null}
 * @param historyId the history row of the action it came with, else {@code null}
 * @param action    the code of that action, else {@code null}
 * @param name      the sanitised file name
 * @param mediaType the media type detected from the content
 */
public record StoredFile(UUID id, UUID instanceId, FileKind kind, String fieldPath, Long historyId, String action,
        String name, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    /** The value written into a file field's list. */
    public FileReference reference() {
        return new FileReference(id, name, mediaType, size);
    }
}
