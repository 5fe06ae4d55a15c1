package it.modulistica.app.seed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** {@code seed-instances} on an H2 database in a file, so it outlives the command's context. */
class SeedInstancesCommandTest extends SeedInstancesContract {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("seed") + "";
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }

    @Override
    Connection connect() throws SQLException {
        return connect(url(), "sa", "");
    }
}
