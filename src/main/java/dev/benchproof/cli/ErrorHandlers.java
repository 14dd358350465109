package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit status; no stack trace reaches a user
 * unless {@code BENCHPROOF_DEBUG} is set.
 */
final class ErrorHandlers implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static void install(CommandLine commandLine) {
        ErrorHandlers handlers = new ErrorHandlers();
        commandLine.setExecutionExceptionHandler(handlers);
        commandLine.setParameterExceptionHandler(handlers);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof BadInputException bad) {
            err.println(name + ": error: " + oneLine(bad.render(parameter -> optionName(commandLine, parameter))));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        // Anything else, IllegalArgumentException from a library or the generated model included, is a bug.
        err.println(name + ": internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
                + " (set BENCHPROOF_DEBUG=1 for details)");
        if (System.getenv("BENCHPROOF_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String name = commandLine.getCommandSpec().qualifiedName();
        commandLine.getErr().println(name + ": usage error: " + oneLine(e.getMessage())
                + " (see '" + name + " --help')");
        commandLine.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * The option a domain parameter is given by: {@code max_p_value} is {@code --max-p-value} when the
     * command has that option; otherwise the parameter keeps its name (it came from a file, not an option).
     */
    static String optionName(CommandLine commandLine, String parameter) {
        String option = "--" + parameter.replace('_', '-');
        return commandLine.getCommandSpec().findOption(option) != null ? option : parameter;
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
