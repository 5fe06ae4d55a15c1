package it.modulistica.app.cli;

import it.modulistica.app.seed.SeedInstancesCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The commands of the packaged jar; a first argument that names none of them starts the web application. */
public final class ToolCommands {

    private static final List<ToolCommand> ALL =
            List.of(new CheckFormsCommand(), new ImportFormioCommand(), new SeedInstancesCommand(),
                    new RecountTalliesCommand());

    private ToolCommands() {
    }

    public static List<ToolCommand> all() {
        return ALL;
    }

    /** The command the arguments select, if their first one names a command. */
    public static Optional<ToolCommand> selectedBy(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        return ALL.stream().filter(command -> command.name().equals(args[0])).findFirst();
    }

    /** Runs the selected command with the arguments after its name and returns its exit code. */
    public static int run(ToolCommand command, String[] args, PrintStream out, PrintStream err) {
        return command.run(List.of(args).subList(1, args.length), out, err);
    }
}
