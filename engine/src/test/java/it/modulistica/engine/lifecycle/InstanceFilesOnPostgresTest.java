package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class InstanceFilesOnPostgresTest extends InstanceFilesTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
