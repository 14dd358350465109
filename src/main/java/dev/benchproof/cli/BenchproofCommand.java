package dev.benchproof.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:the gate passed, or every file is valid",
            " 1:a gate failed or a file is invalid (every artifact is still written and schema-valid)",
            " 2:bad usage or bad input (one line on stderr; nothing written)",
            "70:internal error (nothing written)"
        })
public final class BenchproofCommand implements Runnable {

    /**
     * The subcommands in help order. picocli builds the model of every registered command up front
     * (about 0.1 s of a short run), so a run that names its command registers only that one.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> table = new LinkedHashMap<>();
        table.put("proof", ProofCommand::new);
        table.put("safety", SafetyCommand::new);
        table.put("significance", SignificanceCommand::new);
        table.put("evaluate", EvaluateCommand::new);
        table.put("validate", ValidateCommand::new);
        table.put("manifest", ManifestCommand::new);
        table.put("schemas", SchemasCommand::new);
        table.put("report", ReportCommand::new);
        table.put("compare", CompareCommand::new);
        table.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(table);
    }

    @Spec
    CommandSpec spec;

    /** A configured command line with every subcommand: error handlers installed, nothing printed yet. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: with only the subcommand they name when they start with one
     * (help, completion and error messages that list commands need them all, and get them all).
     */
    public static CommandLine commandLineFor(String[] args) {
        boolean single = args.length > 1 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0]);
        return commandLine(single ? Set.of(args[0]) : SUBCOMMANDS.keySet());
    }

    /** The names of the subcommands. */
    static Set<String> subcommandNames() {
        return SUBCOMMANDS.keySet();
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine commandLine = new CommandLine(new BenchproofCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(false);
        ErrorHandlers.install(commandLine);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
