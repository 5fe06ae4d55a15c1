package it.modulistica.app.pages.detail;

import it.modulistica.app.instances.MultipartUploads;
import it.modulistica.app.pages.InstanceLabels;
import it.modulistica.engine.attachment.FileKind;
import it.modulistica.engine.attachment.StoredFile;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.lifecycle.ActionFiles;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.InstanceFiles;
import it.modulistica.engine.lifecycle.InstanceView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of an instance as the detail page lists them ("Allegati all'istanza": the files of the
 * data and those given with actions; "Atti emessi dall'ufficio competente": the issued documents),
 * and the file inputs of an action's confirmation form.
 */
@Component
class InstanceFileRows {

    static final String ATTACHMENTS = "attachments";
    static final String ISSUED_DOCUMENT = "issuedDocument";

    private final InstanceFiles files;
    private final InstanceLabels labels;
    private final MessageSource texts;
    private final MultipartProperties multipart;

    InstanceFileRows(InstanceFiles files, InstanceLabels labels, MessageSource texts, MultipartProperties multipart) {
        this.files = files;
        this.labels = labels;
        this.texts = texts;
        this.multipart = multipart;
    }

    /**
     * One file of the lists.
     *
     * @param origin the field it was uploaded in, or the action it came with
     */
    public record FileRow(String name, String size, String href, String origin, String at) {
    }

    record Listed(List<FileRow> attachments, List<FileRow> documents) {
    }

    /** The accept attribute and the sentence on limits of an action's file input. */
    public record Rules(String accept, String text) {
    }

    Listed of(InstanceView view, Caller caller, Locale locale) {
        List<StoredFile> stored = files.list(view.instance().id(), caller);
        return new Listed(
                stored.stream().filter(f -> f.kind() != FileKind.ISSUED_DOCUMENT).map(f -> row(view, f, locale)).toList(),
                stored.stream().filter(f -> f.kind() == FileKind.ISSUED_DOCUMENT).map(f -> row(view, f, locale)).toList());
    }

    private FileRow row(InstanceView view, StoredFile file, Locale locale) {
        String origin = file.kind() == FileKind.FIELD
                ? view.definition().field(file.fieldPath()).map(Field::label).map(label -> label.in(locale)).orElse("")
                : labels.workflow(view.definition().workflow()).flatMap(workflow -> workflow.action(file.action()))
                        .map(action -> action.label().in(locale)).orElse(file.action());
        return new FileRow(file.name(), FileRules.describeSize(file.size(), locale),
                "/api/instances/" + file.instanceId() + "/files/" + file.id(), origin,
                InstanceLabels.dateTime(file.uploadedAt()));
    }

    Rules rules(FileRules rules, Locale locale) {
        String accept = rules.accept().stream().map(extension -> "." + extension).collect(Collectors.joining(","));
        String types = rules.accept().stream().map(extension -> extension.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return new Rules(accept, texts.getMessage("files.rules", new Object[] {types,
                FileRules.describeSize(rules.maxFileSize(), locale), rules.maxFiles()}, locale));
    }

    /** The files of an action's post; empty when the post exceeded the platform's cap and could not be read. */
    static Optional<ActionFiles> actionFiles(HttpServletRequest request) {
        MultipartHttpServletRequest parts = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (parts == null) {
            return Optional.of(ActionFiles.NONE);
        }
        try {
            return Optional.of(MultipartUploads.of(parts.getFiles(ATTACHMENTS), parts.getFile(ISSUED_DOCUMENT)));
        } catch (MultipartException tooLarge) {
            return Optional.empty();
        }
    }

    /** The message beside both file inputs when a post exceeded the platform's cap. */
    Map<String, String> tooLarge(Locale locale) {
        String message = texts.getMessage("files.tooLarge",
                new Object[] {FileRules.describeSize(multipart.getMaxFileSize().toBytes(), locale)}, locale);
        return Map.of(ATTACHMENTS, message, ISSUED_DOCUMENT, message);
    }

    static boolean isActionInput(String pointer) {
        return pointer.startsWith("/" + ATTACHMENTS) || pointer.startsWith("/" + ISSUED_DOCUMENT);
    }

    /** Messages by pointer ({@code /attachments/1}) as messages by input ({@code attachments}), the first of each. */
    static Map<String, String> byInput(Map<String, String> messages) {
        Map<String, String> byInput = new LinkedHashMap<>();
        messages.forEach((pointer, message) -> byInput.putIfAbsent(
                pointer.startsWith("/" + ATTACHMENTS) ? ATTACHMENTS : ISSUED_DOCUMENT, message));
        return byInput;
    }
}
