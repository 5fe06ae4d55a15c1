package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class TransitionEffectsOnH2Test extends TransitionEffectsTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
