package it.modulistica.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathFormSourceTest {

    @TempDir
    Path temp;

    @Test
    void listsTheFormsPackagedUnderAPrefix() {
        FormSource.Listing listing = FormSource.classpath("test-forms").list();

        assertThat(listing.definitions()).extracting(FormSource.SourceFile::path)
                .containsExactly("completo/form.json", "semplice/form.json");
        assertThat(listing.definitions().get(1).text()).contains("\"code\": \"semplice\"");
        assertThat(listing.dataFiles()).extracting(FormSource.SourceFile::path)
                .containsExactly("data/comuni.json", "data/province.json");
        assertThat(listing.unreadable()).isEmpty();
    }

    @Test
    void catalogPublishesThePackagedFormsSortedByCategoryThenTitle() {
        FormCatalog catalog = new FormCatalog(FormSource.classpath("/test-forms/"), VersionLedger.NONE);

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("semplice", "completo");
        assertThat(catalog.dataSources().names()).containsExactly("comuni", "province");
        assertThat(catalog.refreshIfChanged()).isFalse();
    }

    @Test
    void fingerprintNeverChanges() {
        FormSource source = FormSource.classpath("test-forms");

        assertThat(source.fingerprint()).isEqualTo(source.list().fingerprint()).isEqualTo(source.fingerprint());
    }

    @Test
    void readsFormsInsideAJar() throws IOException {
        Path jar = temp.resolve("moduli.jar");
        writeJar(jar, Map.of(
                "modelli/prova/form.json", definitionText("prova"),
                "modelli/data/sedi.json", "[{\"codice\": \"01\", \"nome\": \"Torino\"}]",
                "modelli/workflows/semplice.json", FormsDirectory.simpleWorkflow(),
                "modelli/_bozza/form.json", "{"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            FormSource source = new ClasspathFormSource("modelli", loader);
            FormSource.Listing listing = source.list();
            FormCatalog catalog = new FormCatalog(source, VersionLedger.NONE);

            assertThat(listing.definitions()).singleElement().satisfies(file -> {
                assertThat(file.path()).isEqualTo("prova/form.json");
                assertThat(file.location()).contains("moduli.jar");
            });
            assertThat(catalog.problems()).isEmpty();
            assertThat(catalog.find("prova")).isPresent();
            assertThat(catalog.dataSources().names()).containsExactly("sedi");
        }
    }

    @Test
    void refusesEveryCopyOfAModuleFoundInTwoClasspathRoots() throws IOException {
        FormsDirectory first = new FormsDirectory(temp.resolve("primo"));
        FormsDirectory second = new FormsDirectory(temp.resolve("secondo"));
        first.write("modelli/doppio/form.json", definitionText("doppio"))
                .write("modelli/unico/form.json", definitionText("unico"))
                .write("modelli/workflows/semplice.json", FormsDirectory.simpleWorkflow());
        second.write("modelli/doppio/form.json", definitionText("doppio"));

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {first.root().toUri().toURL(), second.root().toUri().toURL()}, null)) {
            FormCatalog catalog = new FormCatalog(new ClasspathFormSource("modelli", loader), VersionLedger.NONE);

            assertThat(catalog.published()).extracting(FormDefinition::code).containsExactly("unico");
            assertThat(catalog.problems()).hasSize(2).allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("doppio/form.json");
                assertThat(problem.pointer()).isEqualTo("/x-module/code");
                assertThat(problem.message()).contains("\"doppio\"", temp.resolve("primo").toString(),
                        temp.resolve("secondo").toString());
            });
        }
    }

    private static String definitionText(String code) {
        return FormsDirectory.definition(code).toPrettyString();
    }

    private static void writeJar(Path jar, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            Set<String> folders = new TreeSet<>();
            files.keySet().forEach(name -> {
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    folders.add(name.substring(0, slash + 1));
                }
            });
            for (String folder : folders) {
                entries.putNextEntry(new JarEntry(folder));
                entries.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                entries.putNextEntry(new JarEntry(file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
    }
}
