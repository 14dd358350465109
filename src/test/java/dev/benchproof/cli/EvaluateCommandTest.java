package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path tmp;

    private static List<Object> evaluate(String suite, Path out, Object... extra) {
        List<Object> args = new ArrayList<>(List.of("evaluate",
                "--baseline-samples", example("pass/baseline.json"), "--candidate-samples", example("pass/trained.json"),
                "--suite-id", suite, "--baseline-policy-id", "base", "--candidate-policy-id", "cand",
                "--generated-at-epoch-ms", "42", "--output-dir", out));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void allowedExitsZeroAndTheFileNameIsReduced() {
        CliRun result = run(evaluate("suite one/ä", tmp)).expectCode(ExitCodes.OK);

        Path file = tmp.resolve("benchmark-suite-one-base-vs-cand-42.json");
        assertEquals("promotion_allowed=true output=" + file, result.lastLine());
        assertEquals("suite one/ä", json(file).get("benchmark_suite_id").asString());
        run("validate", file).expectCode(ExitCodes.OK);
    }

    @Test
    void blockedExitsOne() {
        CliRun result = run(evaluate("s", tmp, "--baseline-safety-penalty", "0", "--trained-safety-penalty", "0.25"))
                .expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.lastLine().startsWith(
                "promotion_allowed=false reason_codes=checkpoint_promotion_blocked_safety_regression output="),
                result.lastLine());
        assertTrue(Files.isRegularFile(tmp.resolve("benchmark-s-base-vs-cand-42.json")));
    }

    @Test
    void badInputExitsTwo() {
        Path out = tmp.resolve("out");
        run(evaluate("s", out, "--generated-at-epoch-ms", "-1")).expectBadInput("--generated-at-epoch-ms");
        run(evaluate(" ", out)).expectBadInput("--suite-id");
        Path observations = write(tmp.resolve("obs.json"),
                "[{\"seed\": 1, \"sample_size\": 10, \"p_value\": 1.5, \"reward_delta\": 0.2}]");
        run(evaluate("s", out, "--observations", observations)).expectBadInput("obs.json", "/0/p_value");
        assertFalse(Files.exists(out));
    }
}
