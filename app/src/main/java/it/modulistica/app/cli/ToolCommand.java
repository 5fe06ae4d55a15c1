package it.modulistica.app.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of the packaged jar, run as {@code java -jar modulistica.jar NAME ARGS...} instead of
 * the web application. A command decides for itself whether it needs a Spring context (and starts
 * a non-web one if so); it returns the process exit code.
 */
public interface ToolCommand {

    /** The first argument that selects this command, e.g. {@code check-forms}. */
    String name();

    /** One line on how to call it, printed by {@code help} and on a usage error. */
    String usage();

    /** Runs the command with the arguments after its name; 0 is success, 2 a usage error. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
