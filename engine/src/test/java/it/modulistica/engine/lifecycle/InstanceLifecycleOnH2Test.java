package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class InstanceLifecycleOnH2Test extends InstanceLifecycleTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
