package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class MyInstancesOnPostgresTest extends MyInstancesTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
