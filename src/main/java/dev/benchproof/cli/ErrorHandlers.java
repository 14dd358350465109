package dev.benchproof.cli;

import dev.benchproof.io.BadInputException;
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
        if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            err.println(name + ": error: " + oneLine(e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
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

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
