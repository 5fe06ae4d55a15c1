package it.modulistica.app.files;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The files API on the embedded H2 database, with a platform cap of 100 KB per upload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=100KB", "spring.servlet.multipart.max-request-size=150KB"})
@DirtiesContext
class InstanceFilesApiOnH2Test extends InstanceFilesApiContract {

    @TempDir
    static Path forms;

    @DynamicPropertySource
    static void formsDirectory(DynamicPropertyRegistry registry) {
        FileForms.register(forms, registry);
    }
}
