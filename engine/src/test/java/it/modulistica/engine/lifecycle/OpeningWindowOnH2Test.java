package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class OpeningWindowOnH2Test extends OpeningWindowTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
