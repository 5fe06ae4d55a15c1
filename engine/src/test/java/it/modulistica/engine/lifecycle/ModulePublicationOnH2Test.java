package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class ModulePublicationOnH2Test extends ModulePublicationTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
