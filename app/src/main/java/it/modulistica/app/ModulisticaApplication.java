package it.modulistica.app;

import it.modulistica.app.cli.ToolCommand;
import it.modulistica.app.cli.ToolCommands;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ModulisticaApplication {

    /** Starts the web application, or runs the command named by the first argument (see {@link ToolCommands}). */
    public static void main(String[] args) {
        Optional<ToolCommand> command = ToolCommands.selectedBy(args);
        if (command.isPresent()) {
            System.exit(ToolCommands.run(command.get(), args, System.out, System.err));
        }
        SpringApplication.run(ModulisticaApplication.class, args);
    }
}
