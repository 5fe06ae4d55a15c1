package it.modulistica.engine.formio;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the imported module is called and how it is run: its code (the folder name), its workflow
 * and its catalogue category. The version is always {@code 1.0.0}.
 */
public record ImportSettings(String code, String workflow, String category) {

    public static final String DEFAULT_WORKFLOW = "standard";
    public static final String DEFAULT_CATEGORY = "importati";

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    /** @throws IllegalArgumentException if a code is not lower-case letters, digits and dashes */
    public ImportSettings {
        for (String value : new String[] {code, workflow, category}) {
            if (!CODE.matcher(Objects.requireNonNull(value)).matches()) {
                throw new IllegalArgumentException("\"" + value
                        + "\" non è un codice valido: solo lettere minuscole, cifre e trattini, senza trattino iniziale");
            }
        }
    }

    public static ImportSettings of(String code) {
        return new ImportSettings(code, DEFAULT_WORKFLOW, DEFAULT_CATEGORY);
    }

    public ImportSettings withWorkflow(String other) {
        return new ImportSettings(code, other, category);
    }

    public ImportSettings withCategory(String other) {
        return new ImportSettings(code, workflow, other);
    }
}
