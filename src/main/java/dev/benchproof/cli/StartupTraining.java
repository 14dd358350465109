package dev.benchproof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The training run behind {@code bin/benchproof}'s start-up archive: one JVM that runs every command
 * the way users do (proof, validate, manifest, evaluate, schemas, help, a bad input), so that the
 * AppCDS archive or JDK 25 AOT cache dumped when it exits holds the classes, linkage and profiles
 * of all of them, not only of whichever command happened to run first.
 *
 * <p>Works in a temporary directory it deletes afterwards; prints nothing; its exit status is 0
 * unless a command behaved unexpectedly, which only means a less useful archive (the launcher then
 * discards it).
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("benchproof-training");
        try {
            System.exit(train(dir) ? 0 : 1);
        } finally {
            deleteTree(dir);
        }
    }

    static boolean train(Path dir) throws IOException {
        Path baseline = samples(dir.resolve("baseline.json"), 200, 1.0, 1);
        Path trained = samples(dir.resolve("trained.json"), 200, 1.3, 2);
        Path baselineSafety = samples(dir.resolve("baseline-safety.json"), 200, 0.05, 3);
        Path trainedSafety = samples(dir.resolve("trained-safety.json"), 200, 0.05, 4);
        Path bad = Files.writeString(dir.resolve("bad.json"), "[1.0, NaN]", StandardCharsets.UTF_8);
        String out = dir.resolve("out").toString();
        String paired = dir.resolve("paired").toString();
        boolean ok = run(0, "--version")
                & run(0, "--help")
                & run(0, "proof", "--baseline-samples", baseline.toString(), "--trained-samples", trained.toString(),
                        "--run-id", "m24-training", "--output-dir", out, "--generated-at", "2026-01-01T00:00:00Z")
                & run(0, "proof", "--baseline-samples", baseline.toString(), "--trained-samples", trained.toString(),
                        "--run-id", "m24-training-paired", "--output-dir", paired, "--paired",
                        "--safety-gate", "upper-bound", "--max-safety-regression", "0.5",
                        "--baseline-safety-samples", baselineSafety.toString(),
                        "--trained-safety-samples", trainedSafety.toString())
                & run(0, "validate", out)
                & run(0, "validate", "--format", "json", paired)
                & run(0, "manifest", out, "--output", dir.resolve("manifest.json").toString())
                & run(0, "evaluate", "--baseline-samples", baseline.toString(), "--candidate-samples", trained.toString(),
                        "--suite-id", "m24-rl-suite", "--baseline-policy-id", "policy-a", "--candidate-policy-id",
                        "policy-b", "--output-dir", dir.resolve("evaluation").toString())
                & run(0, "schemas", "--export", dir.resolve("schemas").toString())
                & run(ExitCodes.BAD_INPUT, "proof", "--baseline-samples", bad.toString(),
                        "--trained-samples", trained.toString(), "--run-id", "m24-training-bad", "--output-dir",
                        dir.resolve("bad").toString());
        return ok;
    }

    private static boolean run(int expected, String... args) {
        StringWriter sink = new StringWriter();
        var commandLine = BenchproofCommand.commandLine();
        commandLine.setOut(new PrintWriter(sink));
        commandLine.setErr(new PrintWriter(sink));
        return commandLine.execute(args) == expected;
    }

    /** Deterministic normal samples with four decimals, like the examples. */
    private static Path samples(Path file, int n, double mean, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            double value = mean + 0.3 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
            text.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", Math.max(0.0, value)));
        }
        return Files.writeString(file, text.append("]").toString(), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
