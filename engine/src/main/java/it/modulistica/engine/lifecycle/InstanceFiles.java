package it.modulistica.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.FileStore;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.attachment.Upload;
import it.modulistica.engine.definition.DataPaths;
import it.modulistica.engine.definition.OpeningWindow;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.instance.InstanceRepository;
import it.modulistica.engine.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of instances for their callers: uploads into the file fields of a draft (stored and
 * put into the field at once), their removal, the list of files a caller may see and downloads.
 * Callers who may not see the instance get {@link InstanceNotFound}, as everywhere. Once the
 * instance leaves the states its owner may edit, its files are frozen.
 *
 * <p>Field files no longer referenced by their instance's data are orphans: {@link #purgeOrphans}
 * deletes them after a grace period, so a file uploaded and then dropped from the data does not
 * stay forever.
 */
@Transactional
public class InstanceFiles {

    private final InstanceLifecycle lifecycle;
    private final InstanceRepository instances;
    private final FileStore store;
    private final FileIntake intake;
    private final Clock clock;

    public InstanceFiles(InstanceLifecycle lifecycle, InstanceRepository instances,
            NamedParameterJdbcOperations operations, Clock clock) {
        this.lifecycle = lifecycle;
        this.instances = instances;
        this.store = new FileStore(JdbcClient.create(operations));
        this.intake = new FileIntake(store);
        this.clock = clock;
    }

    /** A stored file with its bytes, and the owner of its instance (to tell whose read it is). */
    public record Download(StoredFile file, byte[] content, String owner) {
    }

    /**
     * Stores an uploaded file for the file field at {@code pointer} (concrete: {@code /figli/0/isee})
     * of the caller's draft and appends its reference to the field's list in the draft's data.
     *
     * @throws NotEditable  when the caller is not the owner or the instance is no longer editable
     * @throws DataInvalid  with {@code unknownField} when no file field is there, or the refusal of
     *                      the file: {@code fileType}, {@code fileContent}, {@code fileUnsafe},
     *                      {@code fileTooLarge}, {@code filesTooLarge}, {@code fileEmpty},
     *                      {@code tooManyFiles}; nothing is then stored
     */
    public StoredFile upload(UUID instanceId, String pointer, Upload upload, Caller caller) {
        return upload(instanceId, pointer, upload, caller, null);
    }

    /**
     * As {@link #upload(UUID, String, Upload, Caller)}, with the field's visibility judged on
     * {@code answers} (a wizard step's post, which may show the field in the same request) instead
     * of the stored data.
     *
     * @throws DataInvalid also with {@code hiddenField} when the field is hidden by its
     *                     {@code x-visible-when}: a file there would be dropped with the value
     */
    public StoredFile upload(UUID instanceId, String pointer, Upload upload, Caller caller, JsonNode answers) {
        InstanceView view = editable(instanceId, caller);
        FormDefinition definition = view.definition();
        Field field = fileField(definition, pointer);
        JsonNode shownIn = answers == null ? view.instance().data() : answers;
        if (!definition.isShown(pointer, shownIn, LocalDate.ofInstant(clock.instant(), OpeningWindow.ZONE))) {
            throw new DataInvalid(List.of(Violation.of(pointer, "hiddenField")));
        }
        ObjectNode data = view.instance().data().deepCopy();
        ArrayNode list = DataPaths.listAt(data, pointer)
                .orElseThrow(() -> new DataInvalid(List.of(Violation.of(pointer, "unknownField"))));
        if (list.size() >= field.files().maxFiles()) {
            throw new DataInvalid(List.of(new Violation(pointer, "tooManyFiles", Map.of("limit", field.files().maxFiles()))));
        }
        FileIntake.Checked checked = intake.check(upload, field.files(), pointer);
        intake.requireRoom(definition, view.instance(), upload.size(), pointer);
        StoredFile stored = intake.storeField(instanceId, field.path(), checked, caller.username(), clock.instant());
        list.add(stored.reference().toJson());
        lifecycle.saveDraft(instanceId, data, null, caller);
        return stored;
    }

    /**
     * Deletes a file uploaded into a field of the caller's draft, and its reference from the data.
     *
     * @throws NotEditable      when the caller is not the owner or the instance is no longer editable,
     *                          or the file came with an action (those are part of the history)
     * @throws InstanceNotFound when the instance has no such file
     */
    public void delete(UUID instanceId, UUID fileId, Caller caller) {
        InstanceView view = editable(instanceId, caller);
        StoredFile file = store.find(instanceId, fileId).orElseThrow(() -> new InstanceNotFound(instanceId));
        if (file.kind() != FileKind.FIELD) {
            throw new NotEditable(instanceId, NotEditable.FILE_OF_ACTION);
        }
        ObjectNode data = view.instance().data().deepCopy();
        if (removeReference(view.definition(), data, fileId)) {
            lifecycle.saveDraft(instanceId, data, null, caller);
        }
        store.delete(fileId);
    }

    /**
     * The files of the instance the caller may see: those its data references and those given with
     * actions, oldest first.
     */
    @Transactional(readOnly = true)
    public List<StoredFile> list(UUID instanceId, Caller caller) {
        Instance instance = lifecycle.get(instanceId, caller).instance();
        Set<UUID> referenced = FieldFiles.referenced(instance.frozenData().orElse(instance.data()));
        return store.list(instanceId).stream()
                .filter(file -> file.kind() != FileKind.FIELD || referenced.contains(file.id()))
                .toList();
    }

    /** One file of the instance with its bytes, for a caller who may see the instance. */
    @Transactional(readOnly = true)
    public Download download(UUID instanceId, UUID fileId, Caller caller) {
        String owner = lifecycle.get(instanceId, caller).instance().owner();
        StoredFile file = store.find(instanceId, fileId).orElseThrow(() -> new InstanceNotFound(instanceId));
        return new Download(file, store.content(instanceId, fileId).orElseThrow(), owner);
    }

    /**
     * Deletes the field files uploaded more than {@code grace} ago that their instance's data no
     * longer references, and every file of deleted instances.
     *
     * @return how many files were deleted
     */
    public int purgeOrphans(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        int purged = 0;
        for (UUID instanceId : store.instancesWithFieldFilesBefore(cutoff)) {
            Instance instance = instances.findById(instanceId).orElse(null);
            if (instance == null || instance.deleted()) {
                purged += store.deleteAll(instanceId);
                continue;
            }
            Set<UUID> referenced = FieldFiles.referenced(instance.data());
            instance.frozenData().ifPresent(frozen -> referenced.addAll(FieldFiles.referenced(frozen)));
            for (StoredFile file : store.list(instanceId)) {
                if (file.kind() == FileKind.FIELD && file.uploadedAt().isBefore(cutoff) && !referenced.contains(file.id())) {
                    store.delete(file.id());
                    purged++;
                }
            }
        }
        return purged;
    }

    private InstanceView editable(UUID instanceId, Caller caller) {
        InstanceView view = lifecycle.get(instanceId, caller);
        if (!view.instance().owner().equals(caller.username())) {
            throw new NotEditable(instanceId, NotEditable.NOT_OWNER);
        }
        if (!view.state().ownerMayEdit()) {
            throw new NotEditable(instanceId, NotEditable.FILES_FROZEN);
        }
        return view;
    }

    private static Field fileField(FormDefinition definition, String pointer) {
        if (pointer == null || !pointer.startsWith("/") || pointer.contains("*")) {
            throw new DataInvalid(List.of(Violation.of(pointer == null ? "" : pointer, "unknownField")));
        }
        return definition.field(pointer).filter(Field::isFile)
                .orElseThrow(() -> new DataInvalid(List.of(Violation.of(pointer, "unknownField"))));
    }

    private static boolean removeReference(FormDefinition definition, ObjectNode data, UUID fileId) {
        boolean[] removed = {false};
        for (Field field : definition.fileFields()) {
            DataPaths.forEachValue(data, field.path(), (pointer, value) -> {
                if (value instanceof ArrayNode list) {
                    for (int i = list.size() - 1; i >= 0; i--) {
                        if (FileReference.of(list.get(i)).filter(ref -> ref.id().equals(fileId)).isPresent()) {
                            list.remove(i);
                            removed[0] = true;
                        }
                    }
                }
            });
        }
        return removed[0];
    }
}
