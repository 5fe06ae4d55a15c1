package it.modulistica.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFormSourceTest {

    @TempDir
    Path root;

    private FormsDirectory forms() {
        return new FormsDirectory(root);
    }

    @Test
    void listsModuleDefinitionsAndDataFilesWithRelativePathsAndText() {
        forms().write("beta/form.json", "{\"b\": 1}")
                .write("alfa/form.json", "{\"a\": 1}")
                .write("data/comuni.json", "[]");

        FormSource.Listing listing = FormSource.directory(root).list();

        assertThat(listing.definitions()).extracting(FormSource.SourceFile::path)
                .containsExactly("alfa/form.json", "beta/form.json");
        assertThat(listing.definitions().get(0).text()).isEqualTo("{\"a\": 1}");
        assertThat(listing.definitions().get(0).folder()).isEqualTo("alfa");
        assertThat(listing.definitions().get(0).location()).isEqualTo(root.resolve("alfa/form.json").toString());
        assertThat(listing.dataFiles()).extracting(FormSource.SourceFile::path).containsExactly("data/comuni.json");
        assertThat(listing.dataFiles().get(0).baseName()).isEqualTo("comuni");
        assertThat(listing.unreadable()).isEmpty();
    }

    @Test
    void skipsFoldersThatAreNotModulesAndFilesThatAreNotDataSources() {
        forms().write("modulo/form.json", "{}")
                .write("data/form.json", "{}")
                .write("workflows/form.json", "{}")
                .write(".git/form.json", "{}")
                .write("_bozza/form.json", "{}")
                .write("senza-definizione/note.txt", "appunti")
                .write("modulo/altro/form.json", "{}")
                .write("form.json", "{}")
                .write("data/leggimi.txt", "")
                .write("data/.nascosto.json", "[]")
                .write("data/_prova.json", "[]")
                .write("data/sotto/annidato.json", "[]")
                .write("workflows/semplice.json", "{}");

        FormSource.Listing listing = FormSource.directory(root).list();

        assertThat(listing.definitions()).extracting(FormSource.SourceFile::path).containsExactly("modulo/form.json");
        assertThat(listing.dataFiles()).extracting(FormSource.SourceFile::path).containsExactly("data/form.json");
    }

    @Test
    void aDirectoryWithoutDataFolderHasNoDataFiles() {
        forms().write("modulo/form.json", "{}");

        assertThat(FormSource.directory(root).list().dataFiles()).isEmpty();
    }

    @Test
    void fingerprintStaysTheSameWhileNothingChanges() {
        forms().write("modulo/form.json", "{}").write("data/comuni.json", "[]");
        FormSource source = FormSource.directory(root);

        String first = source.fingerprint();

        assertThat(source.fingerprint()).isEqualTo(first);
        assertThat(source.list().fingerprint()).isEqualTo(first);
        assertThat(FormSource.directory(root).fingerprint()).isEqualTo(first);
    }

    @Test
    void fingerprintChangesWhenAFileIsAddedChangedOrRemoved() throws IOException {
        forms().write("modulo/form.json", "{}");
        FormSource source = FormSource.directory(root);
        String initial = source.fingerprint();

        forms().write("data/comuni.json", "[]");
        String added = source.fingerprint();
        assertThat(added).isNotEqualTo(initial);

        forms().write("data/comuni.json", "[{}]");
        String changed = source.fingerprint();
        assertThat(changed).isNotEqualTo(added);

        Path definition = root.resolve("modulo/form.json");
        Files.setLastModifiedTime(definition, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        String touched = source.fingerprint();
        assertThat(touched).isNotEqualTo(changed);

        forms().delete("data/comuni.json");
        assertThat(source.fingerprint()).isNotEqualTo(touched);
    }

    @Test
    void reportsAFileThatIsNotUtf8AndDropsAByteOrderMark() throws IOException {
        forms().write("bom/form.json", "\uFEFF{\"a\": 1}");
        Files.createDirectories(root.resolve("latino"));
        Files.write(root.resolve("latino/form.json"), new byte[] {'{', '"', (byte) 0xE8, '"', ':', '1', '}'});

        FormSource.Listing listing = FormSource.directory(root).list();

        assertThat(listing.definitions()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("bom/form.json");
            assertThat(file.text()).isEqualTo("{\"a\": 1}");
        });
        assertThat(listing.unreadable()).containsExactly(
                new DefinitionProblem("latino/form.json", "", "Il file non è codificato in UTF-8"));
    }

    @Test
    void refusesAMissingDirectory() {
        Path missing = root.resolve("assente");

        assertThatThrownBy(() -> FormSource.directory(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }
}
