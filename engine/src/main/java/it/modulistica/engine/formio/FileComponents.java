package it.modulistica.engine.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.modulistica.engine.definition.FileType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File and signature components as file fields: form.io's {@code filePattern} (extensions and media
 * types) becomes {@code x-file.accept} among the platform's file types, {@code fileMaxSize}
 * {@code maxFileSize}, {@code multiple} a number of files.
 */
final class FileComponents {

    /** form.io sets no limit on multiple files; the platform needs one. */
    static final int MULTIPLE_FILES = 10;

    private static final Pattern SIZE = Pattern.compile("^\\s*(\\d+)\\s*([KMG]?B)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<String> SIGNATURE_TYPES = List.of("png", "jpg", "pdf", "p7m");

    private FileComponents() {
    }

    static void file(JsonNode component, ObjectNode node, boolean required, ImportNotes notes) {
        node.put("x-widget", "file");
        ObjectNode rules = node.putObject("x-file");
        rules.putArray("accept").addAll(accept(component, notes).stream()
                .map(extension -> node.textNode(extension)).toList());
        String size = FormioJson.text(component, "fileMaxSize");
        if (!size.isEmpty()) {
            Matcher matcher = SIZE.matcher(size);
            if (matcher.matches()) {
                rules.put("maxFileSize", matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT));
            } else {
                notes.changed(component, "Dimensione massima \"" + size + "\" non leggibile: vale quella predefinita (10MB).");
            }
        }
        if (!FormioJson.text(component, "fileMinSize").isEmpty()) {
            notes.notCarried(component, "La dimensione minima dei file (" + FormioJson.text(component, "fileMinSize")
                    + ") non è riportata: la piattaforma rifiuta solo i file vuoti.");
        }
        int maxFiles = 1;
        if (FormioJson.isTrue(component.path("multiple"))) {
            maxFiles = MULTIPLE_FILES;
            notes.changed(component, "form.io non limita il numero di file: qui se ne caricano al massimo "
                    + MULTIPLE_FILES + " (x-file.maxFiles).");
        }
        rules.put("maxFiles", maxFiles);
        if (required) {
            node.put("minItems", 1);
        }
    }

    static void signature(JsonNode component, ObjectNode node, boolean required, ImportNotes notes) {
        node.put("x-widget", "file");
        ObjectNode rules = node.putObject("x-file");
        SIGNATURE_TYPES.forEach(rules.putArray("accept")::add);
        rules.put("maxFiles", 1);
        if (required) {
            node.put("minItems", 1);
        }
        notes.changed(component, "La firma disegnata sullo schermo diventa il caricamento di un file: l'immagine "
                + "della firma (png, jpg) o il documento firmato (pdf, p7m).");
    }

    /** The platform's extensions that the pattern allows; all of them when it allows anything. */
    private static List<String> accept(JsonNode component, ImportNotes notes) {
        String pattern = FormioJson.text(component, "filePattern");
        Set<String> accepted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        boolean any = pattern.isEmpty();
        for (String part : pattern.split(",")) {
            String wanted = part.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            if (wanted.equals("*") || wanted.equals("*/*") || wanted.equals(".*")) {
                any = true;
            } else if (wanted.equals("image/*")) {
                accepted.add("png");
                accepted.add("jpg");
            } else if (wanted.contains("/")) {
                FileType.ofMediaType(wanted).ifPresentOrElse(type -> accepted.add(type.extensions().get(0)),
                        () -> unknown.add(wanted));
            } else {
                String extension = wanted.replaceFirst("^\\*?\\.", "");
                FileType.ofExtension(extension).ifPresentOrElse(type -> accepted.add(extension), () -> unknown.add(wanted));
            }
        }
        if (!unknown.isEmpty()) {
            notes.changed(component, "Tipi di file che la piattaforma non accetta, tolti: " + String.join(", ", unknown)
                    + " (ammessi: " + String.join(", ", FileType.allExtensions()) + ").");
        }
        if (any || accepted.isEmpty()) {
            if (!any) {
                notes.changed(component, "Nessuno dei tipi indicati è accettato dalla piattaforma: il campo accetta "
                        + "tutti i suoi tipi; restringere \"x-file.accept\".");
            }
            return FileType.allExtensions();
        }
        return List.copyOf(accepted);
    }
}
