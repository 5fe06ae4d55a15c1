package it.modulistica.engine.lifecycle;

import it.modulistica.engine.attachment.FileInspector;
import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.FileNames;
import it.modulistica.engine.attachment.FileRefused;
import it.modulistica.engine.attachment.FileStore;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.attachment.Upload;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FileType;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import it.modulistica.engine.validation.Violation;
import it.modulistica.workflow.Action;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes files into an instance: each checked by type, content and size before anything is stored,
 * all together within the module's total ({@code x-module.attachments.maxTotalSize}). Refusals
 * become {@link DataInvalid} with the violation at the field or action input.
 */
final class FileIntake {

    static final String ATTACHMENTS = "/attachments";
    static final String ISSUED_DOCUMENT = "/issuedDocument";

    private final FileStore store;

    FileIntake(FileStore store) {
        this.store = store;
    }

    /** A file checked and ready to store: its sanitised name and detected type. */
    record Checked(Upload upload, String name, FileType type) {
    }

    Checked check(Upload upload, FileRules rules, String pointer) {
        try {
            FileType type = FileInspector.inspect(upload, rules, pointer);
            return new Checked(upload, FileNames.sanitise(upload.fileName()), type);
        } catch (FileRefused refused) {
            throw new DataInvalid(List.of(refused.violation()));
        }
    }

    /**
     * Refuses {@code adding} bytes more when the instance's files would exceed the module's total.
     * Counted are the action files and the field files the data still references.
     */
    void requireRoom(FormDefinition definition, Instance instance, long adding, String pointer) {
        if (definition.attachmentsMaxTotalSize().isEmpty()) {
            return;
        }
        long limit = definition.attachmentsMaxTotalSize().getAsLong();
        Set<UUID> referenced = FieldFiles.referenced(instance.frozenData().orElse(instance.data()));
        long used = store.list(instance.id()).stream()
                .filter(file -> file.kind() != FileKind.FIELD || referenced.contains(file.id()))
                .mapToLong(StoredFile::size).sum();
        if (used + adding > limit) {
            throw new DataInvalid(List.of(new Violation(pointer, "filesTooLarge",
                    Map.of("limit", FileRules.describeSize(limit, Locale.ITALIAN)))));
        }
    }

    /** The checked uploads of an action: its attachments and its uploaded act, if any. */
    record ActionUploads(List<Checked> attachments, Checked issued) {

        long size() {
            return attachments.stream().mapToLong(file -> file.upload().size()).sum()
                    + (issued == null ? 0 : issued.upload().size());
        }
    }

    /**
     * Checks the files of an action: refused (422) when the action's input does not declare them,
     * when too many, or when any file is refused.
     */
    ActionUploads check(Action action, ActionFiles files) {
        if (!files.attachments().isEmpty() && !action.input().attachments()) {
            throw new DataInvalid(List.of(Violation.of(ATTACHMENTS, "unknownField")));
        }
        if (files.issuedDocument() != null && !action.input().issuedDocument()) {
            throw new DataInvalid(List.of(Violation.of(ISSUED_DOCUMENT, "unknownField")));
        }
        int max = ActionFiles.ATTACHMENT_RULES.maxFiles();
        if (files.attachments().size() > max) {
            throw new DataInvalid(List.of(new Violation(ATTACHMENTS, "tooManyFiles", Map.of("limit", max))));
        }
        List<Checked> attachments = new ArrayList<>();
        for (int i = 0; i < files.attachments().size(); i++) {
            attachments.add(check(files.attachments().get(i), ActionFiles.ATTACHMENT_RULES, ATTACHMENTS + "/" + i));
        }
        Checked issued = files.issued()
                .map(upload -> check(upload, ActionFiles.ISSUED_DOCUMENT_RULES, ISSUED_DOCUMENT)).orElse(null);
        return new ActionUploads(attachments, issued);
    }

    /**
     * Stores the files of an action taken, linked to its history row: the attachments, and the act
     * as uploaded or, when none was and the action takes one, as the module's template prints it.
     */
    void storeAction(Instance instance, FormDefinition definition, Action action, ActionUploads uploads,
            long historyId, String note, String by, Instant at, IssuedDocumentPrinter printer) {
        for (Checked file : uploads.attachments()) {
            store.insert(instance.id(), FileKind.ACTION, null, historyId, action.code(), file.name(),
                    file.type().mediaType(), file.upload().content(), by, at);
        }
        if (uploads.issued() != null) {
            store.insert(instance.id(), FileKind.ISSUED_DOCUMENT, null, historyId, action.code(), uploads.issued().name(),
                    uploads.issued().type().mediaType(), uploads.issued().upload().content(), by, at);
        } else if (action.input().issuedDocument()) {
            printer.print(instance, definition, action, note, by, at).ifPresent(pdf -> store.insert(instance.id(),
                    FileKind.ISSUED_DOCUMENT, null, historyId, action.code(), generatedName(instance, action),
                    FileType.PDF.mediaType(), pdf, by, at));
        }
    }

    private static String generatedName(Instance instance, Action action) {
        return FileNames.sanitise("atto-" + action.code() + "-"
                + instance.number().orElse(instance.id().toString()).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
    }

    StoredFile storeField(UUID instanceId, String fieldPath, Checked file, String by, Instant at) {
        return store.insert(instanceId, FileKind.FIELD, fieldPath, null, null, file.name(), file.type().mediaType(),
                file.upload().content(), by, at);
    }

}
