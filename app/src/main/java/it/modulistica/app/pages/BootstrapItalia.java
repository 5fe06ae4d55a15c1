package it.modulistica.app.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the pages find Bootstrap Italia: the {@code dist} folder of its WebJar, whose version the WebJar itself states. */
final class BootstrapItalia {

    private static final String POM = "META-INF/maven/org.webjars.npm/bootstrap-italia/pom.properties";

    static final String DIST = "/webjars/bootstrap-italia/" + version() + "/dist";

    private BootstrapItalia() {
    }

    private static String version() {
        try (InputStream in = BootstrapItalia.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("The Bootstrap Italia WebJar is not on the classpath: " + POM);
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
