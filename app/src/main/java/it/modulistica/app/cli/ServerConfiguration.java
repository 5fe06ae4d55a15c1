package it.modulistica.app.cli;

import it.modulistica.app.registration.RegistrationSettings;
import it.modulistica.engine.definition.DefinitionContext;
import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The server's configuration read without starting it: the same sources in the same order as the
 * web application ({@code --key=value} arguments, Java system properties, environment variables,
 * {@code application.yml} and its profiles, {@code config/} folders and {@code spring.config.*}),
 * bound to the same settings class, so a tool loads definitions exactly as the server would.
 */
final class ServerConfiguration {

    private ServerConfiguration() {
    }

    /**
     * What definitions may name in this installation: the registration targets configured under
     * {@code modulistica.registration.targets.*}, checked as at the server's start (url, secret, base-url).
     *
     * @param options the {@code --key=value} arguments
     * @throws RuntimeException when the configuration is one the server would refuse to start with
     */
    static DefinitionContext definitionContext(List<String> options) {
        StandardEnvironment environment = new StandardEnvironment();
        if (!options.isEmpty()) {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options.toArray(String[]::new)));
        }
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        RegistrationSettings settings = Binder.get(environment)
                .bindOrCreate("modulistica.registration", RegistrationSettings.class);
        return new DefinitionContext(settings.targets().keySet());
    }

    /** The innermost message of a configuration failure (the binder wraps the settings' own check). */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? failure.toString() : cause.getMessage();
    }
}
