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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
