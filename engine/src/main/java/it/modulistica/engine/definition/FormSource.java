package it.modulistica.engine.definition;

import java.nio.file.Path;

/** Where definitions are read from: a forms directory, or the copy packaged on the classpath. */
public interface FormSource {

    static FormSource directory(Path directory) {
        throw new UnsupportedOperationException("being written");
    }

    static FormSource classpath() {
        throw new UnsupportedOperationException("being written");
    }
}
