package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CompareCommandTest {

    @TempDir
    Path tmp;

    private static String records(int runs, String[] tasks, double gain) {
        StringBuilder csv = new StringBuilder("task,seed,reward\n");
        for (int r = 0; r < runs; r++) {
            for (int t = 0; t < tasks.length; t++) {
                for (int e = 0; e < 3; e++) {
                    csv.append(tasks[t]).append(',').append(r).append(',').append(0.1 * t + 0.01 * ((r * 7 + e * 3) % 11) + gain).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private CliRun compare(Path baseline, Path trained, Object... extra) {
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of("compare", "--baseline-runs", baseline,
                "--trained-runs", trained, "--run-id", "m24-cmp", "--generated-at", CliRun.GENERATED_AT,
                "--output-dir", tmp.resolve("out"), "--bootstrap-resamples", "500"));
        args.addAll(java.util.List.of(extra));
        return run(args);
    }

    @Test
    void aClearGainPassesAndWritesTheArtifact() {
        Path b = write(tmp.resolve("b.csv"), records(5, new String[] {"t"}, 0));
        Path t = write(tmp.resolve("t.csv"), records(5, new String[] {"t"}, 0.5));
        CliRun result = compare(b, t).expectCode(ExitCodes.OK);
        Path out = tmp.resolve("out/aggregate-comparison-m24-cmp.json");
        assertEquals("compare_status=pass output=" + out, result.lastLine());
        JsonNode artifact = json(out);
        assertTrue(artifact.at("/gate/pass").booleanValue());
        assertEquals(0.5, artifact.at("/aggregates/iqm/delta/point").doubleValue(), 1e-12);
        assertEquals(1.0, artifact.at("/probability_of_improvement/point").doubleValue());
        assertEquals("", result.err());
    }

    @Test
    void rawScoresOfSeveralTasksWarnOnStderrAndFlagTheArtifact() {
        Path b = write(tmp.resolve("b.csv"), records(4, new String[] {"a", "b"}, 0));
        Path t = write(tmp.resolve("t.csv"), records(4, new String[] {"a", "b"}, 0.5));
        CliRun result = compare(b, t).expectCode(ExitCodes.OK);
        assertTrue(result.err().startsWith("compare: warning: 2 tasks aggregated on raw scores"), result.err());
        assertTrue(json(tmp.resolve("out/aggregate-comparison-m24-cmp.json")).at("/design/unnormalized_multi_task").booleanValue());
    }

    @Test
    void tooFewRunsFailsWithItsReasonCodeRatherThanCrashing() {
        Path b = write(tmp.resolve("b.csv"), records(1, new String[] {"t"}, 0));
        Path t = write(tmp.resolve("t.csv"), records(2, new String[] {"t"}, 0.5));
        CliRun result = compare(b, t).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.outLines().contains("reason=too_few_runs_per_arm"), result.out());
    }

    @Test
    void badInputWritesNothing() {
        Path b = write(tmp.resolve("b.csv"), records(3, new String[] {"a", "b"}, 0));
        Path t = write(tmp.resolve("t.csv"), records(3, new String[] {"a"}, 0.5));
        compare(b, t).expectBadInput("t.csv: task \"b\" of", "both arms need the same tasks");
        Path scores = write(tmp.resolve("scores.json"), "{\"a\": {\"min\": 0, \"max\": 1}}");
        Path t2 = write(tmp.resolve("t2.csv"), records(3, new String[] {"a", "b"}, 0.5));
        compare(b, t2, "--task-scores", scores).expectBadInput("scores.json: task \"b\" has no min and max");
        Path badScores = write(tmp.resolve("bad.json"), "{\"a\": {\"min\": 0}}");
        compare(b, t2, "--task-scores", badScores).expectBadInput("bad.json");
        compare(b, t2, "--metric", "auc").expectBadInput("auc");
        compare(b, t2, "--min-delta", "-1").expectBadInput("--min-delta");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void normalizationMapsEachTaskToItsRange() {
        Path b = write(tmp.resolve("b.csv"), records(3, new String[] {"a", "b"}, 0));
        Path t = write(tmp.resolve("t.csv"), records(3, new String[] {"a", "b"}, 0.5));
        Path scores = write(tmp.resolve("scores.json"), "{\"a\": {\"min\": 0, \"max\": 2}, \"b\": {\"min\": 0, \"max\": 2}, \"c\": {\"min\": 0, \"max\": 9}}");
        CliRun result = compare(b, t, "--task-scores", scores).expectCode(ExitCodes.OK);
        assertEquals("", result.err());
        JsonNode artifact = json(tmp.resolve("out/aggregate-comparison-m24-cmp.json"));
        assertEquals(0.25, artifact.at("/aggregates/mean/delta/point").doubleValue(), 1e-12);
        assertEquals(2, artifact.at("/design/normalization/tasks").size());
        assertFalse(artifact.at("/design/unnormalized_multi_task").booleanValue());
    }
}
