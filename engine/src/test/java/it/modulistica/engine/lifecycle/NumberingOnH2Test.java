package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class NumberingOnH2Test extends NumberingTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
