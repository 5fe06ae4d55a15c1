package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class MyInstancesOnH2Test extends MyInstancesTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
