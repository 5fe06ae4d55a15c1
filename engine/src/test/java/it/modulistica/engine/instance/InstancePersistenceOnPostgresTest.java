package it.modulistica.engine.instance;

class InstancePersistenceOnPostgresTest extends InstancePersistenceTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
