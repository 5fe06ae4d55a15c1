package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.FileStore;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.definition.DataPaths;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The file references in an instance's data against the files stored for it: every reference must
 * name a file uploaded to this instance for that very field. Names, types and sizes are rewritten
 * from the stored file, so a client cannot relabel a file by editing its reference.
 */
final class FieldFiles {

    private final FileStore store;

    FieldFiles(FileStore store) {
        this.store = store;
    }

    /** Violations {@code file} at each reference that is not such a file; rewrites the others in place. */
    List<Violation> check(FormDefinition definition, UUID instanceId, JsonNode data) {
        List<Field> fields = definition.fileFields();
        if (fields.isEmpty()) {
            return List.of();
        }
        Map<UUID, StoredFile> stored = store.list(instanceId).stream()
                .filter(file -> file.kind() == FileKind.FIELD)
                .collect(Collectors.toMap(StoredFile::id, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        for (Field field : fields) {
            DataPaths.forEachValue(data, field.path(), (pointer, value) -> {
                if (!(value instanceof ArrayNode list)) {
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    FileReference reference = FileReference.of(list.get(i)).orElse(null);
                    if (reference == null) {
                        continue;
                    }
                    StoredFile file = stored.get(reference.id());
                    if (file == null || !file.fieldPath().equals(field.path())) {
                        violations.add(Violation.of(pointer + "/" + i, "file"));
                    } else {
                        list.set(i, file.reference().toJson());
                    }
                }
            });
        }
        return violations;
    }

    /** The ids of every file reference anywhere in the data. */
    static Set<UUID> referenced(JsonNode data) {
        Set<UUID> ids = new HashSet<>();
        collect(data, ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<UUID> ids) {
        if (node == null) {
            return;
        }
        FileReference.of(node).ifPresentOrElse(reference -> ids.add(reference.id()),
                () -> node.forEach(child -> collect(child, ids)));
    }
}
