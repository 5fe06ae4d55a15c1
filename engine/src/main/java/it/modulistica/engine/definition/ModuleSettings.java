package it.modulistica.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the module-level settings: {@code $schema}, the root title and description, and
 * {@code x-module} (code, version, category, workflow, numbering, window, receipt, notification, compilers,
 * organisationField, prefill, sharedWithOrganisation, processingTimes, organisations, attachments).
 */
final class ModuleSettings {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$");
    private static final Pattern NUMBERING_TOKEN = Pattern.compile("\\{([^}]*)}");
    private static final Pattern SEQ_TOKEN = Pattern.compile("seq:([1-9]|1[0-2])");

    private ModuleSettings() {
    }

    static FormDefinition.Metadata read(JsonNode root, String folderCode, Problems problems) {
        if (!DefinitionParser.DRAFT_07.equals(root.path("$schema").asText())) {
            problems.add("/$schema", "Dichiarare \"$schema\": \"" + DefinitionParser.DRAFT_07 + "\"");
        }
        JsonNode module = root.path("x-module");
        String code = module.path("code").asText("");
        if (!CODE.matcher(code).matches()) {
            problems.add("/x-module/code", "Il codice del modulo deve contenere solo lettere minuscole, cifre e trattini");
        } else if (folderCode != null && !folderCode.equals(code)) {
            problems.add("/x-module/code", "Il codice \"" + code + "\" deve essere uguale al nome della cartella \""
                    + folderCode + "\"");
        }
        String version = module.path("version").asText("");
        if (!SEMVER.matcher(version).matches()) {
            problems.add("/x-module/version", "La versione \"" + version + "\" non segue il formato semver (es. 1.0.0)");
        }
        String numbering = module.path("numbering").asText("");
        checkNumbering(numbering, problems);
        return new FormDefinition.Metadata(
                code,
                version,
                DefinitionNodes.text(root, "title"),
                DefinitionNodes.text(root, "description"),
                module.path("category").asText(""),
                module.path("workflow").asText(""),
                numbering,
                window(module.path("window"), problems),
                new ReceiptSettings(DefinitionNodes.strings(module.path("receipt").path("recipientFields"))),
                notification(module.path("notification"), problems),
                compilers(module, problems),
                processingTimes(module.path("processingTimes"), problems),
                organisations(module, problems),
                attachmentsMaxTotalSize(module.path("attachments"), problems));
    }

    private static NotificationSettings notification(JsonNode notification, Problems problems) {
        if (notification.isMissingNode()) {
            return NotificationSettings.OWNER_ONLY;
        }
        List<String> fields = DefinitionNodes.strings(notification.path("recipientFields"));
        boolean owner = notification.path("owner").asBoolean(true);
        if (!owner && fields.isEmpty()) {
            problems.add("/x-module/notification", "Con \"owner\": false gli avvisi non hanno destinatari: "
                    + "indicare almeno un campo in \"recipientFields\"");
        }
        return new NotificationSettings(fields, owner);
    }

    private static List<ProcessingTime> processingTimes(JsonNode times, Problems problems) {
        List<ProcessingTime> read = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            JsonNode time = times.get(i);
            int days = time.path("workingDays").asInt(0);
            if (days < 1) {
                problems.add("/x-module/processingTimes/" + i + "/workingDays",
                        "\"workingDays\" deve essere un intero da 1 in su");
            }
            JsonNode when = time.path("when");
            VisibilityCondition condition = VisibilityCondition.read(when);
            read.add(new ProcessingTime(DefinitionNodes.text(time, "title"), days, condition));
        }
        return read;
    }

    private static OrganisationPolicy organisations(JsonNode module, Problems problems) {
        JsonNode organisations = module.path("organisations");
        if (organisations.isMissingNode()) {
            return OrganisationPolicy.ANY;
        }
        if (!module.path("compilers").hasNonNull("organisationRole")) {
            problems.add("/x-module/organisations",
                    "\"organisations\" richiede \"compilers.organisationRole\": il modulo deve compilarsi per conto di un ente");
        }
        Set<String> allowed = new LinkedHashSet<>(DefinitionNodes.strings(organisations.path("allowed")));
        List<String> locked = DefinitionNodes.strings(organisations.path("locked"));
        for (int i = 0; i < locked.size(); i++) {
            if (!allowed.isEmpty() && !allowed.contains(locked.get(i))) {
                problems.add("/x-module/organisations/locked/" + i, "L'ente bloccato \"" + locked.get(i)
                        + "\" non è tra gli enti ammessi (\"allowed\")");
            }
        }
        return new OrganisationPolicy(allowed, new LinkedHashSet<>(locked));
    }

    private static Long attachmentsMaxTotalSize(JsonNode attachments, Problems problems) {
        JsonNode total = attachments.path("maxTotalSize");
        if (total.isMissingNode()) {
            return null;
        }
        Optional<Long> size = FileRules.parseSize(total.asText());
        if (size.isEmpty()) {
            problems.add("/x-module/attachments/maxTotalSize", "Dimensione non valida \"" + total.asText()
                    + "\": scrivere un numero seguito da B, KB, MB o GB (es. \"20MB\")");
            return null;
        }
        return size.get();
    }

    private static CompilerPolicy compilers(JsonNode module, Problems problems) {
        String role = module.path("compilers").hasNonNull("organisationRole")
                ? module.path("compilers").path("organisationRole").asText() : null;
        String organisationField = module.hasNonNull("organisationField") ? module.path("organisationField").asText() : null;
        boolean shared = module.path("sharedWithOrganisation").asBoolean(false);
        if (role == null && organisationField != null) {
            problems.add("/x-module/organisationField",
                    "\"organisationField\" richiede \"compilers.organisationRole\": il modulo deve compilarsi per conto di un ente");
        }
        if (role == null && shared) {
            problems.add("/x-module/sharedWithOrganisation",
                    "\"sharedWithOrganisation\" richiede \"compilers.organisationRole\": il modulo deve compilarsi per conto di un ente");
        }
        Map<String, String> prefill = new LinkedHashMap<>();
        module.path("prefill").properties().forEach(entry -> {
            if (!CompilerPolicy.PREFILL_ATTRIBUTES.contains(entry.getValue().asText())) {
                problems.add("/x-module/prefill/" + DefinitionNodes.escape(entry.getKey()), "Attributo sconosciuto \""
                        + entry.getValue().asText() + "\": ammessi firstName, lastName, fullName, codiceFiscale, email, organisation.code, organisation.name, "
                        + "organisation.codiceFiscale, organisation.pec, organisation.provincia");
            } else {
                prefill.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return new CompilerPolicy(role, organisationField, prefill, shared);
    }

    private static void checkNumbering(String numbering, Problems problems) {
        Matcher tokens = NUMBERING_TOKEN.matcher(numbering);
        int sequences = 0;
        while (tokens.find()) {
            String token = tokens.group(1);
            if (SEQ_TOKEN.matcher(token).matches()) {
                sequences++;
            } else if (!Set.of("code", "version", "year").contains(token)) {
                problems.add("/x-module/numbering", "Segnaposto sconosciuto {" + token
                        + "}: sono ammessi {code}, {version}, {year} e {seq:N} con N da 1 a 12");
            }
        }
        if (sequences != 1) {
            problems.add("/x-module/numbering", "Lo schema di numerazione deve contenere una volta {seq:N}");
        }
    }

    private static OpeningWindow window(JsonNode window, Problems problems) {
        LocalDateTime opens = dateTime(window, "opens", problems);
        LocalDateTime closes = dateTime(window, "closes", problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add("/x-module/window", "L'apertura deve precedere la chiusura");
        }
        return new OpeningWindow(opens, closes);
    }

    private static LocalDateTime dateTime(JsonNode window, String name, Problems problems) {
        JsonNode value = window.path(name);
        if (!value.isTextual()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add("/x-module/window/" + name, "Data e ora non valide \"" + value.asText()
                    + "\": usare il formato 2022-07-25T12:00 (ora di Roma)");
            return null;
        }
    }
}
