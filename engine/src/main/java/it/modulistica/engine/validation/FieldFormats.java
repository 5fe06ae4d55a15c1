package it.modulistica.engine.validation;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.loader.SchemaLoader;

/**
 * The values a field's {@code format} may take beyond the ones JSON Schema defines itself, as
 * everit format validators: {@code codice-fiscale}, {@code codice-fiscale-ente},
 * {@code partita-iva}, {@code cap}, {@code telefono}, {@code email}, {@code pec}, {@code iban}.
 *
 * <p>{@code email} replaces everit's built-in check, whose rules are those of commons-validator,
 * so the same rule applies to {@code email} and {@code pec}. A violation is reported by everit
 * with the keyword {@code format}; its message names the format but never repeats the value,
 * which may be personal data.
 */
final class FieldFormats {

    private static final Map<String, FormatCheck> CHECKS = Map.of(
            "codice-fiscale", new CodiceFiscale(),
            "codice-fiscale-ente", new PartitaIva(),
            "partita-iva", new PartitaIva(),
            "cap", new PostalCode(),
            "telefono", new PhoneNumber(),
            "email", new EmailAddress(),
            "pec", new EmailAddress(),
            "iban", new Iban());

    private static final Map<String, FormatValidator> VALIDATORS = validatorsOf(CHECKS);

    private FieldFormats() {
    }

    /** The check of a format, {@code null} when there is none of that name. */
    static FormatCheck check(String name) {
        return CHECKS.get(name);
    }

    /** The everit validators by format name; an unmodifiable map. */
    static Map<String, FormatValidator> validators() {
        return VALIDATORS;
    }

    /**
     * Adds every validator to {@code builder} and lets them take precedence over everit's
     * built-in ones; without that, everit would silently put its own {@code email} check back
     * when the loader is built.
     */
    static SchemaLoader.SchemaLoaderBuilder registerOn(SchemaLoader.SchemaLoaderBuilder builder) {
        VALIDATORS.forEach(builder::addFormatValidator);
        return builder.enableOverrideOfBuiltInFormatValidators();
    }

    private static Map<String, FormatValidator> validatorsOf(Map<String, FormatCheck> checks) {
        return checks.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> new NamedFormat(entry.getKey(), entry.getValue())));
    }

    private record NamedFormat(String name, FormatCheck check) implements FormatValidator {

        @Override
        public Optional<String> validate(String subject) {
            return check.accepts(subject)
                    ? Optional.empty()
                    : Optional.of("the value is not a valid " + name);
        }

        @Override
        public String formatName() {
            return name;
        }
    }
}
