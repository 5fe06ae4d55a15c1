package it.modulistica.app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import it.modulistica.engine.definition.DataSource;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.FormDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportLayoutTest {

    private static final DataSources SOURCES = new DataSources(List.of(new DataSource("province", List.of(
            Map.of("sigla", "CN", "nome", "Cuneo"), Map.of("sigla", "TO", "nome", "Torino")))));

    private static final String MODULE = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Iscrizione",
              "type": "object",
              "x-module": {"code": "iscrizione", "version": "1.0.0", "category": "scuola", "workflow": "standard",
                           "numbering": "I_{year}.{seq:5}"},
              "properties": {
                "domanda": {
                  "type": "object", "title": "Domanda",
                  "properties": {
                    "provincia": {"type": "string", "title": "Provincia",
                                  "x-options": {"source": "province", "value": "sigla", "label": "nome"}},
                    "sigla": {"type": "string", "title": "Sigla",
                              "x-options": {"source": "province", "value": "sigla", "label": "sigla"}},
                    "servizio": {"type": "string", "title": "Servizio",
                                 "oneOf": [{"const": "N", "title": "Nido"}, {"const": "M", "title": "Materna"}]},
                    "turno": {"type": "string", "title": "Turno", "enum": ["mattina", "pomeriggio"]},
                    "note": {"type": "string", "title": "Note"}
                  }
                },
                "figli": {
                  "type": "array", "title": "Figli",
                  "items": {
                    "type": "object",
                    "properties": {
                      "nome": {"type": "string", "title": "Nome"},
                      "servizio": {"type": "string", "title": "Servizio",
                                   "oneOf": [{"const": "N", "title": "Nido"}, {"const": "M", "title": "Materna"}]}
                    }
                  }
                }
              }
            }""";

    private static ExportLayout layout() {
        DefinitionParser.Result parsed = new DefinitionParser(SOURCES).parse("iscrizione/form.json", "iscrizione", MODULE);
        assertThat(parsed.problems()).isEmpty();
        FormDefinition definition = parsed.definition().orElseThrow();
        return ExportLayout.of(definition, Locale.ITALIAN, header -> header + " (descrizione)");
    }

    @Test
    void putsTheOptionLabelBesideEachCodeWhoseLabelsSayMoreThanTheCodes() {
        ExportLayout layout = layout();

        assertThat(layout.columns()).extracting(ExportLayout.Column::header).containsExactly(
                "Provincia", "Provincia (descrizione)", "Sigla", "Servizio", "Servizio (descrizione)", "Turno", "Note");
        assertThat(layout.columns()).extracting(ExportLayout.Column::showsOptionLabels)
                .containsExactly(false, true, false, false, true, false, false);
        assertThat(layout.columns().get(1).pointer()).isEqualTo("/domanda/provincia");
        assertThat(layout.columns().get(1).labelOf().path()).isEqualTo("/domanda/provincia");
    }

    @Test
    void doesTheSameInTheRowsOfARepeatableGroup() {
        ExportLayout.Group figli = layout().groups().get(0);

        assertThat(figli.columns()).extracting(ExportLayout.Column::header)
                .containsExactly("Nome", "Servizio", "Servizio (descrizione)");
        assertThat(figli.columns().get(2).pointer()).isEqualTo("/servizio");
    }
}
