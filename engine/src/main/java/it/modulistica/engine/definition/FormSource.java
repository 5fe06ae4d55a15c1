package it.modulistica.engine.definition;

import java.nio.file.Path;
import java.util.List;

/**
 * Where definitions are read from: a forms directory, or the copy packaged on the classpath.
 *
 * <p>A source holds every {@code <code>/form.json} one folder deep (folders {@code data} and
 * {@code workflows}, and those whose name starts with {@code .} or {@code _}, are not modules) and
 * every data source {@code data/<name>.json} and every workflow {@code workflows/<code>.json}. Paths are relative to the forms directory and use
 * {@code /}. Implementations are safe for use by several threads.
 */
public interface FormSource {

    /**
     * A forms directory on disk, rescanned on every {@link #list()}.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory
     */
    static FormSource directory(Path directory) {
        return new DirectoryFormSource(directory);
    }

    /** The forms packaged under the classpath prefix {@code forms/} (the {@code forms} module's jar). */
    static FormSource classpath() {
        return classpath("forms");
    }

    /** The forms packaged under another classpath prefix, such as {@code test-forms}. */
    static FormSource classpath(String prefix) {
        return new ClasspathFormSource(prefix, FormSource.class.getClassLoader());
    }

    /** Reads every definition and data file, each with its text. */
    Listing list();

    /**
     * A cheap summary of the files (paths, sizes, modification times): it differs from the one of
     * the last {@link #list()} when a file was added, changed or removed. Packaged sources never
     * change, so their fingerprint is constant.
     *
     * @throws java.io.UncheckedIOException if the source can no longer be listed
     */
    String fingerprint();

    /**
     * One file of the source.
     *
     * @param path     relative to the forms directory, such as {@code richiesta/form.json}
     * @param location where it was read, for messages: an absolute path or a URL
     * @param text     its content
     */
    record SourceFile(String path, String location, String text) {

        /** The folder of a definition ({@code richiesta} for {@code richiesta/form.json}). */
        public String folder() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        /** The file name without {@code .json}: the name of a data source. */
        public String baseName() {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        }
    }

    /**
     * What one {@link #list()} found.
     *
     * @param fingerprint the {@link #fingerprint()} taken before reading, so that a file changed
     *                    while it was being read shows as a change at the next check
     * @param definitions the {@code form.json} files, by path
     * @param dataFiles   the {@code data/*.json} files, by path
     * @param workflowFiles the {@code workflows/*.json} files, by path
     * @param templates   the modules' own receipt templates, {@code <code>/receipt.ftlh}, by path
     * @param unreadable  the files found but not read (I/O error, not UTF-8)
     * @param examples    the modules' examples, {@code <code>/examples/{valid,valid-draft,invalid}/*.json}, by path
     */
    record Listing(String fingerprint, List<SourceFile> definitions, List<SourceFile> dataFiles,
            List<SourceFile> workflowFiles, List<SourceFile> templates, List<DefinitionProblem> unreadable,
            List<SourceFile> examples) {

        public Listing(String fingerprint, List<SourceFile> definitions, List<SourceFile> dataFiles,
                List<SourceFile> workflowFiles, List<SourceFile> templates, List<DefinitionProblem> unreadable) {
            this(fingerprint, definitions, dataFiles, workflowFiles, templates, unreadable, List.of());
        }

        public Listing {
            examples = List.copyOf(examples);
            templates = List.copyOf(templates);
            definitions = List.copyOf(definitions);
            dataFiles = List.copyOf(dataFiles);
            workflowFiles = List.copyOf(workflowFiles);
            unreadable = List.copyOf(unreadable);
        }
    }
}
