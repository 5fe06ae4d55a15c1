package it.modulistica.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import it.modulistica.engine.definition.DataSources;
import it.modulistica.engine.definition.DefinitionJson;
import it.modulistica.engine.definition.DefinitionParser;
import it.modulistica.engine.definition.DefinitionProblem;
import it.modulistica.engine.definition.FileRules;
import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.definition.Widget;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The file widget as the format defines it: what the parser accepts and what the validator checks. */
class FileFieldTest {

    private static final DataSources NO_SOURCES = new DataSources(List.of());

    private static String module(String fields, String moduleExtra) {
        return """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "title": "Voucher",
                  "type": "object",
                  "x-module": {"code": "voucher", "version": "1.0.0", "category": "scuola", "workflow": "standard",
                               "numbering": "V_{year}.{seq:5}"%s},
                  "required": ["documenti"],
                  "properties": {
                    "documenti": {
                      "type": "object", "title": "Documenti",
                      "properties": {%s}
                    }
                  }
                }""".formatted(moduleExtra, fields);
    }

    private static final String ISEE = """
            "isee": {"type": "array", "title": "Attestazione ISEE", "x-widget": "file",
                     "x-file": {"accept": ["pdf"], "maxFileSize": "5MB", "maxFiles": 1}, "minItems": 1},
            "foto": {"type": "array", "title": "Foto", "x-widget": "file",
                     "x-file": {"accept": ["png", "JPG"], "maxFiles": 3}}""";

    private static DefinitionParser.Result parse(String text) {
        return new DefinitionParser(NO_SOURCES).parse("voucher/form.json", "voucher", text);
    }

    private static FormDefinition definition() {
        DefinitionParser.Result result = parse(module(ISEE, ", \"attachments\": {\"maxTotalSize\": \"20MB\"}"));
        assertThat(result.problems()).isEmpty();
        return result.definition().orElseThrow();
    }

    private static List<String> problemPointers(String fields) {
        return parse(module(fields, "")).problems().stream().map(DefinitionProblem::pointer).toList();
    }

    @Test
    void readsTheFileRulesOfTheAgreedFormat() {
        FormDefinition definition = definition();
        var isee = definition.field("/documenti/isee").orElseThrow();
        assertThat(isee.widget()).isEqualTo(Widget.FILE);
        assertThat(isee.isFile()).isTrue();
        assertThat(isee.files()).isEqualTo(new FileRules(List.of("pdf"), 5L * 1024 * 1024, 1));
        assertThat(isee.constraints().maxItems()).isEqualTo(1);
        var foto = definition.field("/documenti/foto").orElseThrow();
        assertThat(foto.files().accept()).containsExactly("png", "jpg");
        assertThat(foto.files().maxFileSize()).isEqualTo(FileRules.DEFAULT_MAX_FILE_SIZE);
        assertThat(definition.attachmentsMaxTotalSize()).hasValue(20L * 1024 * 1024);
        assertThat(definition.fileFields()).hasSize(2);
    }

    @Test
    void sizesAreReadInPowersOf1024() {
        assertThat(FileRules.parseSize("500KB")).contains(512_000L);
        assertThat(FileRules.parseSize("5 mb")).contains(5_242_880L);
        assertThat(FileRules.parseSize("800B")).contains(800L);
        assertThat(FileRules.parseSize("5 megabytes")).isEmpty();
        assertThat(FileRules.parseSize("0MB")).isEmpty();
    }

    @Test
    void refusesAnUnknownExtensionAtItsPointer() {
        assertThat(problemPointers("""
                "disegno": {"type": "array", "title": "Disegno", "x-widget": "file", "x-file": {"accept": ["pdf", "svg"]}}"""))
                .containsExactly("/properties/documenti/properties/disegno/x-file/accept/1");
    }

    @Test
    void refusesAWrongSizeAFileWidgetOnAStringAndWrittenItems() {
        assertThat(problemPointers("""
                "a": {"type": "array", "title": "A", "x-widget": "file", "x-file": {"accept": ["pdf"], "maxFileSize": "molto"}},
                "b": {"type": "string", "title": "B", "x-widget": "file", "x-file": {"accept": ["pdf"]}},
                "c": {"type": "array", "title": "C", "x-widget": "file", "x-file": {"accept": ["pdf"]},
                      "items": {"type": "string"}},
                "d": {"type": "array", "title": "D", "x-widget": "file"},
                "e": {"type": "string", "title": "E", "x-file": {"accept": ["pdf"]}},
                "f": {"type": "array", "title": "F", "x-widget": "file", "x-file": {"accept": ["pdf"], "maxFiles": 1},
                      "minItems": 2}"""))
                .contains("/properties/documenti/properties/a/x-file/maxFileSize",
                        "/properties/documenti/properties/b/type",
                        "/properties/documenti/properties/c/items",
                        "/properties/documenti/properties/d",
                        "/properties/documenti/properties/e/x-file",
                        "/properties/documenti/properties/f/minItems");
    }

    @Test
    void refusesAWrongTotalSize() {
        assertThat(parse(module(ISEE, ", \"attachments\": {\"maxTotalSize\": \"tanto\"}")).problems())
                .extracting(DefinitionProblem::pointer).containsExactly("/x-module/attachments/maxTotalSize");
    }

    private static List<Violation> validate(String data, ValidationLevel level) {
        return new FormValidator(() -> NO_SOURCES).validate(definition(), DefinitionJson.parse(data), level).violations();
    }

    private static final String REFERENCE = """
            {"id": "3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b", "name": "isee.pdf", "mediaType": "application/pdf", "size": 12345}""";

    @Test
    void acceptsWellFormedReferences() {
        assertThat(validate("{\"documenti\": {\"isee\": [" + REFERENCE + "]}}", ValidationLevel.COMPLETE)).isEmpty();
    }

    @Test
    void reportsReferencesOfTheWrongShapeAtTheItemEvenInADraft() {
        assertThat(validate("{\"documenti\": {\"foto\": [\"a.png\"]}}", ValidationLevel.DRAFT))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/foto/0", "fileReference"));
        String data = """
                {"documenti": {"foto": [
                  {"id": "not-a-uuid", "name": "a.png", "mediaType": "image/png", "size": 1},
                  {"id": "3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b", "name": "a.png", "mediaType": "image/png", "size": 1, "url": "x"},
                  {"id": "3f2b6c1e-8f7a-4f0e-9a1b-2c3d4e5f6a7b", "name": "a.png", "mediaType": "image/png", "size": -1}
                ]}}""";
        assertThat(validate(data, ValidationLevel.DRAFT)).extracting(Violation::pointer, Violation::code).containsExactly(
                tuple("/documenti/foto/0", "fileReference"), tuple("/documenti/foto/1", "fileReference"),
                tuple("/documenti/foto/2", "fileReference"));
    }

    @Test
    void minItemsMakesAFileFieldRequiredWhenComplete() {
        assertThat(validate("{}", ValidationLevel.DRAFT)).isEmpty();
        assertThat(validate("{\"documenti\": {\"isee\": []}}", ValidationLevel.COMPLETE))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/isee", "minItems"));
        assertThat(validate("{}", ValidationLevel.COMPLETE))
                .extracting(Violation::pointer, Violation::code).containsExactly(tuple("/documenti/isee", "minItems"));
    }

    @Test
    void maxFilesLimitsTheListAlsoInADraft() {
        List<Violation> violations = validate("{\"documenti\": {\"isee\": [" + REFERENCE + ", " + REFERENCE.replace("3f2b", "4f2b")
                + "]}}", ValidationLevel.DRAFT);
        assertThat(violations).extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/documenti/isee", "maxItems"));
        assertThat(new ViolationMessages().message(violations.get(0), Locale.ITALIAN)).isEqualTo("Inserire al massimo 1 elemento");
    }
}
