package dev.benchproof.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: only dispatches to its subcommands. */
@Command(name = "benchproof",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = false,
        description = "Turns baseline and trained episode samples into a schema-validated proof bundle that"
                + " gates checkpoint promotion in CI.",
        commandListHeading = "%nCommands:%n",
        subcommands = {
            ProofCommand.class,
            SafetyCommand.class,
            SignificanceCommand.class,
            EvaluateCommand.class,
            ValidateCommand.class,
            ManifestCommand.class,
            SchemasCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:the gate passed, or every file is valid",
            " 1:a gate failed or a file is invalid (every artifact is still written and schema-valid)",
            " 2:bad usage or bad input (one line on stderr; nothing written)",
            "70:internal error (nothing written)"
        })
public final class BenchproofCommand implements Runnable {

    /** The {@code --version} text; {@link Main} prints it without building the command model. */

    @Spec
    CommandSpec spec;

    /** A configured command line: error handlers installed, nothing printed yet. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BenchproofCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(false);
        ErrorHandlers.install(commandLine);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
