package it.modulistica.engine.definition;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Decoding and naming rules shared by the form sources. */
final class SourceText {

    static final String DEFINITION_FILE = "form.json";
    static final String RECEIPT_TEMPLATE = "receipt.ftlh";
    static final String MAIL_FOLDER = "mail";
    /** Templates of acts issued with actions: {@code atto-<action>.ftlh} in the module's folder. */
    static final String ACT_PREFIX = "atto-";
    static final String ACT_SUFFIX = ".ftlh";
    static final String DATA_FOLDER = "data";
    static final String EXAMPLES_FOLDER = "examples";
    /** The kinds of examples, each a folder of {@code examples/}. */
    static final List<String> EXAMPLE_KINDS = List.of("valid", "valid-draft", "invalid");
    static final String WORKFLOWS_FOLDER = "workflows";
    private static final Set<String> NOT_MODULES = Set.of(DATA_FOLDER, WORKFLOWS_FOLDER);

    private SourceText() {
    }

    /**
     * Decodes UTF-8 strictly, so a file saved in another encoding is reported instead of read with
     * replaced characters. A leading byte-order mark, which some Windows editors write, is dropped.
     */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a folder of the forms directory may hold a module. */
    static boolean isModuleFolder(String name) {
        return !name.isEmpty() && !NOT_MODULES.contains(name) && !isHidden(name);
    }

    /** Whether a file of a module's mail folder is one of its e-mail templates: a visible {@code .ftl} file. */
    static boolean isMailTemplate(String name) {
        return name.endsWith(".ftl") && name.length() > ".ftl".length() && !isHidden(name);
    }

    /** Whether a file of a module's folder is the template of an act: {@code atto-<action>.ftlh}. */
    static boolean isActTemplate(String name) {
        return name.startsWith(ACT_PREFIX) && name.endsWith(ACT_SUFFIX)
                && name.length() > ACT_PREFIX.length() + ACT_SUFFIX.length();
    }

    /** Whether a file of the data or workflows folder is read: a visible {@code .json} file. */
    static boolean isDataFile(String name) {
        return name.endsWith(".json") && name.length() > ".json".length() && !isHidden(name);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    static DefinitionProblem notUtf8(String path) {
        return new DefinitionProblem(path, "", "Il file non è codificato in UTF-8");
    }

    static DefinitionProblem unreadable(String path, Exception e) {
        return new DefinitionProblem(path, "", "Il file non si può leggere: " + e);
    }
}
