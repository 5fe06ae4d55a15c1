package it.modulistica.renderer;

import it.modulistica.engine.definition.FormDefinition;
import java.nio.file.Path;

/** A test module using every kind of field the Utenti Servizi 06 module does not. */
public final class TestModule {

    public static final String PROPERTIES = """
            {
              "dati": {
                "type": "object",
                "title": "Dati",
                "required": ["tipo", "codice"],
                "properties": {
                  "tipo": {"type": "string", "title": "Tipo", "oneOf": [{"const": "persona", "title": "Persona"}, {"const": "ente", "title": "Ente"}]},
                  "ragioneSociale": {"type": "string", "title": "Ragione sociale", "x-visible-when": {"field": "/dati/tipo", "equals": "ente"}},
                  "nota": {"type": "string", "title": "Nota", "x-widget": "textarea", "maxLength": 500},
                  "codice": {"type": "string", "title": "Codice", "pattern": "^[A-Z]{3}$", "minLength": 3, "maxLength": 3},
                  "riferimento": {"type": "string", "title": "Riferimento", "pattern": "[0-9]"},
                  "quantita": {"type": "integer", "title": "Quantità", "minimum": 1, "maximum": 10},
                  "importo": {"type": "number", "title": "Importo"},
                  "urgente": {"type": "boolean", "title": "Urgente", "x-i18n": {"en": {"title": "Urgent"}}},
                  "consegna": {"type": "string", "title": "Data di consegna", "format": "date"},
                  "colore": {"type": "string", "title": "Colore", "x-widget": "radio",
                             "oneOf": [{"const": "r", "title": "Rosso"}, {"const": "v", "title": "Verde"}]},
                  "avviso": {"x-widget": "info", "title": "Avviso", "description": "Prima riga\\nSeconda riga"}
                }
              }
            }
            """;

    private TestModule() {
    }

    public static FormDefinition in(Path directory) {
        return TestForms.module(directory, PROPERTIES);
    }
}
