package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import it.modulistica.engine.instance.TestDatabases;

class TransitionEffectsOnPostgresTest extends TransitionEffectsTests {

    @Override
    TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
