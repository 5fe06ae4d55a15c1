package it.modulistica.engine.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A forms directory on disk; every call rescans it, so files changed while the app runs are seen. */
final class DirectoryFormSource implements FormSource {

    private final Path directory;

    DirectoryFormSource(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("The forms directory " + absolute + " does not exist or is not a directory");
        }
        this.directory = absolute;
    }

    /** A file found by a scan, with what the fingerprint is made of. */
    private record Entry(String path, Path file, Kind kind, long size, FileTime modified) {
    }

    private enum Kind { DEFINITION, DATA, WORKFLOW, TEMPLATE, EXAMPLE }

    @Override
    public String fingerprint() {
        return fingerprint(scan());
    }

    @Override
    public Listing list() {
        List<Entry> entries = scan();
        List<SourceFile> definitions = new ArrayList<>();
        List<SourceFile> data = new ArrayList<>();
        List<SourceFile> workflows = new ArrayList<>();
        List<SourceFile> templates = new ArrayList<>();
        List<SourceFile> examples = new ArrayList<>();
        List<DefinitionProblem> unreadable = new ArrayList<>();
        for (Entry entry : entries) {
            try {
                SourceFile file = new SourceFile(entry.path(), entry.file().toString(),
                        SourceText.utf8(Files.readAllBytes(entry.file())));
                switch (entry.kind()) {
                    case DEFINITION -> definitions.add(file);
                    case DATA -> data.add(file);
                    case WORKFLOW -> workflows.add(file);
                    case TEMPLATE -> templates.add(file);
                    case EXAMPLE -> examples.add(file);
                }
            } catch (NoSuchFileException e) {
                // Removed since the scan: the fingerprint taken before it still lists the file, so
                // the next check sees a change and reloads without it.
            } catch (CharacterCodingException e) {
                unreadable.add(SourceText.notUtf8(entry.path()));
            } catch (IOException e) {
                unreadable.add(SourceText.unreadable(entry.path(), e));
            }
        }
        return new Listing(fingerprint(entries), definitions, data, workflows, templates, unreadable, examples);
    }

    private List<Entry> scan() {
        List<Entry> entries = new ArrayList<>();
        for (Path folder : children(directory)) {
            String name = folder.getFileName().toString();
            if (Files.isDirectory(folder) && SourceText.isModuleFolder(name)) {
                add(entries, name + "/" + SourceText.DEFINITION_FILE, folder.resolve(SourceText.DEFINITION_FILE),
                        Kind.DEFINITION);
                add(entries, name + "/" + SourceText.RECEIPT_TEMPLATE, folder.resolve(SourceText.RECEIPT_TEMPLATE),
                        Kind.TEMPLATE);
                for (Path file : children(folder)) {
                    String fileName = file.getFileName().toString();
                    if (SourceText.isActTemplate(fileName) && Files.isRegularFile(file)) {
                        add(entries, name + "/" + fileName, file, Kind.TEMPLATE);
                    }
                }
                for (String kind : SourceText.EXAMPLE_KINDS) {
                    Path examples = folder.resolve(SourceText.EXAMPLES_FOLDER).resolve(kind);
                    if (Files.isDirectory(examples)) {
                        for (Path file : children(examples)) {
                            if (SourceText.isDataFile(file.getFileName().toString())) {
                                add(entries, name + "/" + SourceText.EXAMPLES_FOLDER + "/" + kind + "/"
                                        + file.getFileName(), file, Kind.EXAMPLE);
                            }
                        }
                    }
                }
                Path mail = folder.resolve(SourceText.MAIL_FOLDER);
                if (Files.isDirectory(mail)) {
                    for (Path file : children(mail)) {
                        String fileName = file.getFileName().toString();
                        if (SourceText.isMailTemplate(fileName)) {
                            add(entries, name + "/" + SourceText.MAIL_FOLDER + "/" + fileName, file, Kind.TEMPLATE);
                        }
                    }
                }
            }
        }
        addFolder(entries, SourceText.DATA_FOLDER, Kind.DATA);
        addFolder(entries, SourceText.WORKFLOWS_FOLDER, Kind.WORKFLOW);
        return entries;
    }

    private void addFolder(List<Entry> entries, String folderName, Kind kind) {
        Path folder = directory.resolve(folderName);
        if (Files.isDirectory(folder)) {
            for (Path file : children(folder)) {
                String name = file.getFileName().toString();
                if (SourceText.isDataFile(name)) {
                    add(entries, folderName + "/" + name, file, kind);
                }
            }
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static void add(List<Entry> entries, String path, Path file, Kind kind) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            entries.add(new Entry(path, file, kind, attributes.size(), attributes.lastModifiedTime()));
        } catch (NoSuchFileException e) {
            // Removed between the listing and this look: it is simply no longer part of the source.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attributes of " + file, e);
        }
    }

    private static String fingerprint(List<Entry> entries) {
        return DefinitionJson.sha256(entries.stream()
                .map(e -> e.path() + "\t" + e.size() + "\t" + e.modified().toInstant())
                .collect(Collectors.joining("\n")));
    }

    @Override
    public String toString() {
        return "forms directory " + directory;
    }
}
