package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The start-up shortcuts change speed only: same text, and a training run that exercises every command. */
class StartupShortcutsTest {

    @Test
    void versionShortcutPrintsExactlyWhatPicocliPrints() {
        StringWriter shortcut = new StringWriter();
        Main.printVersion(new PrintWriter(shortcut));
        assertEquals(run("--version").expectCode(ExitCodes.OK).out(), shortcut.toString());
        assertEquals(run("-V").expectCode(ExitCodes.OK).out(), shortcut.toString());
    }

    @Test
    void onlyALoneVersionOptionTakesTheShortcut() {
        assertTrue(Main.isVersionRequest(new String[] {"--version"}));
        assertTrue(Main.isVersionRequest(new String[] {"-V"}));
        assertFalse(Main.isVersionRequest(new String[] {}));
        assertFalse(Main.isVersionRequest(new String[] {"--version", "extra"}));
        assertFalse(Main.isVersionRequest(new String[] {"validate", "--version"}));
        assertFalse(Main.isVersionRequest(new String[] {"--Version"}));
    }

    @Test
    void noOptionHasATypeWhoseConverterMainLeavesOut() {
        List<Pattern> excluded = Arrays.stream(Main.UNUSED_CONVERTERS.split(",")).map(Pattern::compile).toList();
        List<String> offenders = new ArrayList<>();
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(BenchproofCommand.commandLine()));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            for (ArgSpec arg : command.getCommandSpec().args()) {
                for (Class<?> type : arg.auxiliaryTypes()) {
                    if (excluded.stream().anyMatch(p -> p.matcher(type.getName()).matches())) {
                        offenders.add(command.getCommandName() + " " + arg.paramLabel() + ": " + type.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "picocli would have no converter for these once Main excludes them");
        assertTrue(excluded.stream().anyMatch(p -> p.matcher("java.time.Duration").matches()), "the patterns are live");
    }

    @Test
    void warmUpNamesOnlyRealCommandsAndEndsForEachOfThem() {
        assertTrue(BenchproofCommand.subcommandNames().containsAll(StartupWarmUp.ARTIFACT_COMMANDS));
        assertTrue(StartupWarmUp.ARTIFACT_COMMANDS.containsAll(StartupWarmUp.WRITTEN_KINDS.keySet()));
        for (String command : StartupWarmUp.ARTIFACT_COMMANDS) {
            StartupWarmUp warmUp = StartupWarmUp.start(new String[] {command, "--help"});
            warmUp.awaitDone();
            assertFalse(warmUp.running(), command);
        }
    }

    @Test
    void trainingRunCompletesEveryCommandAsExpected(@TempDir Path dir) throws IOException {
        assertTrue(StartupTraining.train(dir), "a training command exited with an unexpected status");
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("m24-benchmark-proof-m24-training.json")));
        assertTrue(Files.isRegularFile(dir.resolve("manifest.json")));
    }
}
