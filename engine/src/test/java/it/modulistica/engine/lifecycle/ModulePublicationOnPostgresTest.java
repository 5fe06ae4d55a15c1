package it.modulistica.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;
import it.modulistica.engine.window.PublicationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class ModulePublicationOnPostgresTest extends ModulePublicationTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void theDatabaseRefusesToRewriteThePublicationHistory() {
        String code = platform.publishStandard().code();
        platform.publications.change(code, PublicationStatus.RETIRED, null, "admin");

        assertThatThrownBy(() -> platform.jdbc.sql("update form_publication set status = 'PUBLISHED' where form_code = ?")
                .param(code).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> platform.jdbc.sql("delete from form_publication where form_code = ?").param(code)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
