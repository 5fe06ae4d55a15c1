package it.modulistica.app.pages.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.app.instances.MultipartUploads;
import it.modulistica.engine.definition.DataPaths;
import it.modulistica.engine.definition.Field;
import it.modulistica.engine.definition.FileReference;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.lifecycle.Caller;
import it.modulistica.engine.lifecycle.DataInvalid;
import it.modulistica.engine.lifecycle.InstanceFiles;
import it.modulistica.engine.lifecycle.InstanceNotFound;
import it.modulistica.engine.validation.Violation;
import it.modulistica.engine.validation.ViolationMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of a wizard post: the "Rimuovi" buttons of uploaded files and the files chosen in the
 * step's file inputs (named by their field's pointer), applied to the instance and to the posted
 * data together.
 */
@Component
class WizardUploads {

    private final InstanceFiles files;
    private final ViolationMessages messages;
    private final MultipartProperties multipart;

    WizardUploads(InstanceFiles files, ViolationMessages messages, MultipartProperties multipart) {
        this.files = files;
        this.messages = messages;
        this.multipart = multipart;
    }

    /** The files chosen in the post, by the pointer of their field. */
    record Chosen(Map<String, List<MultipartFile>> byField) {
    }

    /**
     * @param removed   a file's "Rimuovi" was pressed: the step is shown again
     * @param refusals  the uploads refused, each at its field
     */
    record Outcome(boolean removed, List<Violation> refusals) {
    }

    /** The chosen files; empty when the post exceeded the platform's cap and nothing of it could be read. */
    static Optional<Chosen> chosen(HttpServletRequest request) {
        MultipartHttpServletRequest parts = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (parts == null) {
            return Optional.of(new Chosen(Map.of()));
        }
        try {
            Map<String, List<MultipartFile>> byField = new LinkedHashMap<>();
            parts.getMultiFileMap().forEach((name, list) -> {
                List<MultipartFile> given = list.stream().filter(file -> !file.isEmpty()
                        || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty())).toList();
                if (name.startsWith("/") && !given.isEmpty()) {
                    byField.put(name, given);
                }
            });
            return Optional.of(new Chosen(byField));
        } catch (MultipartException tooLarge) {
            return Optional.empty();
        }
    }

    /** The message beside each file field of the step when a post exceeded the platform's cap. */
    Map<String, String> tooLarge(FormDefinition definition, int index, Locale locale) {
        String limit = FileRules.describeSize(multipart.getMaxFileSize().toBytes(), locale);
        Map<String, String> errors = new LinkedHashMap<>();
        fileFields(definition.steps().get(index), errors, limit, locale);
        return errors;
    }

    private void fileFields(Field field, Map<String, String> errors, String limit, Locale locale) {
        if (field.isFile() && !field.path().contains("*")) {
            errors.put(field.path(), messages.message(new Violation(field.path(), "fileTooLarge", Map.of("limit", limit)), locale));
        }
        field.children().forEach(child -> fileFields(child, errors, limit, locale));
    }

    /**
     * Deletes the files whose "Rimuovi" was pressed and uploads the chosen ones, writing both into
     * {@code data}: references of removed files out, of uploaded files in.
     */
    Outcome apply(UUID instance, ObjectNode data, List<String> removals, Chosen chosen, Caller caller) {
        for (String value : removals) {
            try {
                files.delete(instance, UUID.fromString(value), caller);
            } catch (IllegalArgumentException | InstanceNotFound alreadyGone) {
                // A page shown before the file went: its reference is dropped below all the same.
            }
        }
        removeReferences(data, Set.copyOf(removals));
        List<Violation> refusals = new ArrayList<>();
        chosen.byField().forEach((pointer, list) -> {
            for (MultipartFile file : list) {
                try {
                    JsonNode reference = files.upload(instance, pointer, MultipartUploads.upload(file), caller, data)
                            .reference().toJson();
                    DataPaths.listAt(data, pointer).ifPresent(field -> field.add(reference));
                } catch (DataInvalid refused) {
                    refusals.addAll(refused.violations());
                }
            }
        });
        return new Outcome(!removals.isEmpty(), refusals);
    }

    private static void removeReferences(JsonNode node, Set<String> removals) {
        if (node instanceof ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                Optional<FileReference> reference = FileReference.of(list.get(i));
                if (reference.isPresent() && removals.contains(reference.get().id().toString())) {
                    list.remove(i);
                } else {
                    removeReferences(list.get(i), removals);
                }
            }
        } else if (node instanceof ObjectNode object) {
            object.forEach(child -> removeReferences(child, removals));
        }
    }
}
