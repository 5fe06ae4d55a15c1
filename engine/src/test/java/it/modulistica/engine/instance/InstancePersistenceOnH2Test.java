package it.modulistica.engine.instance;

class InstancePersistenceOnH2Test extends InstancePersistenceTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
