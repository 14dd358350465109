package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.assertSameFiles;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.snapshot;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input exits 2 with one located line on stderr and writes nothing: a missing output directory
 * stays missing, and an artifact set left by an earlier passing run stays byte-identical.
 */
class BadInputTest {

    private static final String RUN_ID = "m24-bad";

    @TempDir
    static Path tmp;

    /** What a passing run wrote into the shared output directory, before any bad run. */
    private static Map<String, byte[]> existing;

    private static Path input(String name, String json) {
        return write(tmp.resolve("inputs").resolve(name), json);
    }

    @BeforeAll
    static void passingRun() {
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), RUN_ID, tmp.resolve("existing")))
                .expectCode(0);
        run("safety", "--baseline-safety-samples", example("safety-breach/baseline-safety.json"),
                "--trained-safety-samples", example("safety-breach/trained-safety.json"), "--run-id", RUN_ID,
                "--generated-at", CliRun.GENERATED_AT, "--max-safety-regression", "1",
                "--output-report", tmp.resolve("existing/m24-benchmark-safety-regression.json")).expectCode(0);
        existing = snapshot(tmp.resolve("existing"));
        assertEquals(5, existing.size());
    }

    /** A bad case: the command's arguments for an output directory, and what stderr must name. */
    record Case(String name, List<Object> args, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case proof(String name, Path baseline, Path trained, List<Object> extra, String... fragments) {
        return proof(name, baseline, trained, RUN_ID, extra, fragments);
    }

    private static Case proof(String name, Path baseline, Path trained, String runId, List<Object> extra,
                              String... fragments) {
        List<Object> args = new ArrayList<>(List.of("proof", "--baseline-samples", baseline,
                "--trained-samples", trained, "--run-id", runId));
        if (!extra.contains("--generated-at")) {
            args.addAll(List.of("--generated-at", CliRun.GENERATED_AT));
        }
        args.addAll(extra);
        return new Case(name, args, List.of(fragments));
    }

    static Stream<Case> cases() {
        Path good = example("pass/baseline.json");
        Path trained = example("pass/trained.json");
        Path two = input("two.json", "[1, 2]");
        Path three = input("three.json", "[1, 2, 3]");
        Path string = input("string-at-2.json", "[0.5, 1.5, \"2.5\", 3]");
        Path nan = input("nan.json", "[1, NaN, 3]");
        Path trailing = input("trailing-comma.json", "[1, 2, 3,]");
        Path one = input("one.json", "[1]");
        Path object = input("object.json", "{\"a\": 1}");
        Path overflow = input("overflow.json", "[1, 2, 1e400]");
        Path duplicate = input("duplicate-key.json",
                "[{\"seed\": 1, \"sample_size\": 10, \"p_value\": 0.1, \"reward_delta\": 0.2, \"seed\": 2}]");
        Path missing = tmp.resolve("inputs/no-such-file.json");
        return Stream.of(
                proof("string element", string, trained, List.of(),
                        "string-at-2.json", "baseline sample at index 2 must be a finite number"),
                proof("trained string element", good, string, List.of(),
                        "string-at-2.json", "trained sample at index 2 must be a finite number"),
                proof("NaN token", nan, trained, List.of(), "nan.json", "NaN"),
                proof("number overflowing to infinity", good, overflow, List.of(),
                        "overflow.json", "trained sample at index 2 must be a finite number"),
                proof("trailing comma", trailing, trained, List.of(), "trailing-comma.json", "trailing comma"),
                proof("object instead of array", object, trained, List.of(), "object.json", "array"),
                proof("fewer than two samples", one, trained, List.of(), "one.json", "at least two"),
                proof("missing file", missing, trained, List.of(), "no-such-file.json", "not found"),
                proof("bad run id", good, trained, "m24_Bad", List.of(), "--run-id", "m24_Bad", "^m24-[a-z0-9-]+$"),
                proof("max p-value above one", good, trained, List.of("--max-p-value", "1.5"), "--max-p-value", "1.5"),
                proof("min reward delta NaN", good, trained, List.of("--min-reward-delta", "NaN"),
                        "--min-reward-delta", "finite"),
                proof("generated-at with sub-seconds", good, trained, List.of("--generated-at", "2026-02-15T23:15:00.5Z"),
                        "--generated-at", "sub-seconds", "2026-02-15T23:15:00.5Z"),
                proof("generated-at with offset", good, trained, List.of("--generated-at", "2026-02-15T23:15:00+01:00"),
                        "--generated-at", "2026-02-15T23:15:00+01:00", "UTC"),
                proof("paired with unequal lengths", three, two, List.of("--paired"), "--paired", "equal length",
                        three.getFileName().toString(), two.getFileName().toString()),
                proof("safety means and sample files", two, two, List.of("--baseline-safety-penalty", "0.1",
                        "--baseline-safety-samples", two, "--trained-safety-samples", two), "not both"),
                proof("one safety sample file", two, two, List.of("--baseline-safety-samples", two),
                        "--trained-safety-samples"),
                proof("bad safety sample file", two, two, List.of("--baseline-safety-samples", two,
                        "--trained-safety-samples", string), "string-at-2.json",
                        "trained safety sample at index 2 must be a finite number"),
                proof("unknown option", good, trained, List.of("--no-such-option"), "--no-such-option"),
                proof("option not a number", good, trained, List.of("--max-p-value", "abc"), "--max-p-value", "abc"),
                new Case("evaluate duplicate key", new ArrayList<>(List.of("evaluate", "--baseline-samples", good,
                        "--candidate-samples", trained, "--suite-id", "s", "--baseline-policy-id", "b",
                        "--candidate-policy-id", "c", "--generated-at-epoch-ms", "1", "--observations", duplicate)),
                        List.of("duplicate-key.json", "duplicate key \"seed\"")),
                new Case("safety string element", new ArrayList<>(List.of("safety",
                        "--baseline-safety-samples", string, "--trained-safety-samples", two, "--run-id", RUN_ID)),
                        List.of("string-at-2.json", "baseline safety sample at index 2 must be a finite number")),
                new Case("significance trailing comma", new ArrayList<>(List.of("significance",
                        "--baseline-samples", two, "--trained-samples", trailing, "--run-id", RUN_ID)),
                        List.of("trailing-comma.json", "trailing comma")));
    }

    /** The case's arguments with its output going into {@code dir}. */
    private static Object[] into(Case c, Path dir) {
        List<Object> args = new ArrayList<>(c.args());
        switch ((String) args.get(0)) {
            case "proof", "evaluate" -> args.addAll(List.of("--output-dir", dir));
            case "safety" -> args.addAll(List.of("--output-report", dir.resolve("m24-benchmark-safety-regression.json")));
            case "significance" -> args.addAll(List.of("--output-report", dir.resolve("m24-benchmark-significance.json")));
            default -> throw new AssertionError(args.get(0));
        }
        return args.toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoWithOneLocatedLineAndCreatesNothing(Case c) {
        Path out = tmp.resolve("fresh-" + Integer.toHexString(c.name().hashCode()));

        CliRun result = run(into(c, out)).expectBadInput(c.fragments().toArray(String[]::new));

        assertEquals("", result.out());
        assertFalse(Files.exists(out), "output directory created");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leavesAnEarlierArtifactSetByteIdentical(Case c) {
        run(into(c, tmp.resolve("existing"))).expectBadInput(c.fragments().toArray(String[]::new));

        assertSameFiles(existing, snapshot(tmp.resolve("existing")));
    }
}
