package dev.benchproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.BadInputException;
import dev.benchproof.artifact.ModelCodes;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.model.v1.ProofReasonCode;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Bad input is exit 2; any other exception, including IllegalArgumentException, is a bug: exit 70. */
class InternalErrorTest {

    /** Fails the way a real assembler would: a reason code its artifact's generated enum does not know. */
    @Command(name = "drift")
    static final class ReasonCodeDrift implements Callable<Integer> {
        @Override
        public Integer call() {
            ModelCodes.of(List.of(ReasonCode.NO_VALID_ARTIFACTS), ProofReasonCode::fromValue);
            return 0;
        }
    }

    @Command(name = "reject")
    static final class RejectsAlpha implements Callable<Integer> {
        @Option(names = "--max-p-value")
        double maxPValue;

        @Override
        public Integer call() {
            throw new BadInputException("max_p_value", "must be in [0, 1], found %s", maxPValue);
        }
    }

    private static CliRun run(Object command, String... args) {
        CommandLine cmd = BenchproofCommand.commandLine();
        cmd.addSubcommand(command);
        return CliRun.run(cmd, args);
    }

    @Test
    void illegalArgumentFromTheGeneratedModelIsAnInternalError() {
        CliRun run = run(new ReasonCodeDrift(), "drift");
        run.expectCode(ExitCodes.SOFTWARE);
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("benchproof drift: internal error: IllegalArgumentException: "), run.err());
        assertTrue(run.err().contains("BENCHPROOF_DEBUG"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void badInputNamesTheOptionItCameFrom() {
        CliRun run = run(new RejectsAlpha(), "reject", "--max-p-value", "1.5");
        run.expectCode(ExitCodes.BAD_INPUT);
        assertEquals("benchproof reject: error: --max-p-value must be in [0, 1], found 1.5", run.err().strip());
    }
}
