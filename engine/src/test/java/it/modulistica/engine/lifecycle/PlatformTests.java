package it.modulistica.engine.lifecycle;

import it.modulistica.engine.instance.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The lifecycle tests' shared set-up: one {@link Lifecycle} platform per test class, on the
 * database its subclass opens (H2 or PostgreSQL), closed after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlatformTests {

    Lifecycle platform;
    InstanceLifecycle lifecycle;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void openPlatform() {
        platform = new Lifecycle(openDatabase());
        lifecycle = platform.lifecycle;
    }

    @AfterAll
    void closePlatform() {
        if (platform != null) {
            platform.close();
        }
    }
}
