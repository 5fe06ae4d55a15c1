package it.modulistica.app.cli;

import it.modulistica.app.ModulisticaApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application's context for a command that works on its database. */
public final class ApplicationContexts {

    private ApplicationContexts() {
    }

    /**
     * Starts the application's own beans on the database {@code springArgs} configure (migrating it
     * as the server would), with no HTTP port: its pages need a servlet context to be built.
     *
     * @param springArgs Spring Boot's {@code --name=value} arguments
     */
    public static ConfigurableApplicationContext withoutHttp(List<String> springArgs) {
        List<String> all = new ArrayList<>(springArgs);
        all.add("--server.port=-1");
        return new SpringApplicationBuilder(ModulisticaApplication.class).logStartupInfo(false)
                .run(all.toArray(String[]::new));
    }
}
