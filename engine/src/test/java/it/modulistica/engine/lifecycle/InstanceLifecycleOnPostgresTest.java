package it.modulistica.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class InstanceLifecycleOnPostgresTest extends InstanceLifecycleTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Test
    void refusesToUpdateOrDeleteHistoryRows() {
        platform().lifecycle.create(platform().publishStandard().code(), Lifecycle.OWNER, null);

        assertThatThrownBy(() -> platform().jdbc.sql("update instance_history set note = 'changed'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> platform().jdbc.sql("delete from instance_history").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
