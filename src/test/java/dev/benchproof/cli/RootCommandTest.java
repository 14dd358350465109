package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RootCommandTest {

    @Test
    void noCommandIsAUsageError() {
        run().expectBadInput("a command is required");
    }

    @Test
    void unknownCommandIsAUsageError() {
        run("prove").expectBadInput("prove");
    }

    @Test
    void helpListsEveryCommandAndTheExitStatuses() {
        CliRun result = run("--help").expectCode(ExitCodes.OK);
        for (String command : List.of("proof", "safety", "significance", "evaluate", "validate", "manifest", "schemas")) {
            assertTrue(result.out().contains("  " + command + " "), command + " in:\n" + result.out());
        }
        assertTrue(result.out().contains("70"), result.out());
    }

    @Test
    void versionExitsZero() {
        assertTrue(run("--version").expectCode(ExitCodes.OK).out().startsWith("benchproof "));
    }
}
