package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.SchemaCatalog;
import dev.benchproof.io.StrictJsonReader;
import java.util.List;
import java.util.Map;

/**
 * Start-up work taken off the critical path. While the main thread builds picocli's model of the
 * command (about 100 ms of a 0.3 s run in a fresh JVM, nearly all of it class initialization and
 * interpreted code), a second thread initializes what the command needs next: the JSON mapper, the
 * draft 2020-12 dialect, and the compiled schemas of the artifacts the command writes. Measured
 * with {@code bench/paired.py}, 11 rounds: {@code proof} on the README example 0.49 to 0.44 s,
 * {@code validate} of one report 0.30 to 0.27 s.
 *
 * <p>Only initialization is done here, of objects that are immutable once built (the compiled
 * schemas are cached by {@link SchemaCatalog} under its lock), so nothing a command prints or
 * writes depends on it. The main thread waits for it before the command runs, so the two never
 * initialize the same library classes at once. Any failure is dropped: the command meets the same
 * problem on its own path and reports it there.
 */
final class StartupWarmUp {

    /** Longest wait for the warm-up before the command runs anyway. */
    private static final long MAX_WAIT_MILLIS = 2_000;

    /** The kinds each command writes and validates; a command not listed gets the mapper and dialect only. */
    static final Map<String, List<ArtifactKind>> WRITTEN_KINDS = Map.of(
            "proof", List.of(ArtifactKind.BENCHMARK_REPORT, ArtifactKind.SAFETY_REGRESSION_REPORT,
                    ArtifactKind.BENCHMARK_PROOF),
            "significance", List.of(ArtifactKind.BENCHMARK_REPORT),
            "safety", List.of(ArtifactKind.SAFETY_REGRESSION_REPORT),
            "evaluate", List.of(ArtifactKind.EVALUATION_ARTIFACT),
            "manifest", List.of(ArtifactKind.ARTIFACT_MANIFEST),
            "compare", List.of(ArtifactKind.AGGREGATE_COMPARISON));

    /** Commands that read or write artifacts at all; help, version and {@code schemas} need none of this. */
    static final List<String> ARTIFACT_COMMANDS = List.of(
            "proof", "significance", "safety", "evaluate", "validate", "manifest", "report", "compare");

    private final Thread thread;

    private StartupWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts the warm-up for the command {@code args} name, when there is one and a second core for it. */
    static StartupWarmUp start(String[] args) {
        if (args.length < 2 || !ARTIFACT_COMMANDS.contains(args[0]) || Runtime.getRuntime().availableProcessors() < 2
                || "false".equals(System.getProperty("benchproof.warmUp"))) { // off for A/B timings (bench/README.md)
            return new StartupWarmUp(null);
        }
        List<ArtifactKind> kinds = WRITTEN_KINDS.getOrDefault(args[0], List.of(ArtifactKind.SAMPLE_VECTOR));
        Thread thread = new Thread(() -> warmUp(kinds), "benchproof-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new StartupWarmUp(thread);
    }

    /** Returns when the warm-up is done (or has taken too long). */
    void awaitDone() {
        if (thread == null) {
            return;
        }
        try {
            thread.join(MAX_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the warm-up thread runs. */
    boolean running() {
        return thread != null && thread.isAlive();
    }

    private static void warmUp(List<ArtifactKind> kinds) {
        try {
            StrictJsonReader.DEFAULT.readTree("{\"a\": [1.5, \"b\", {\"c\": null, \"d\": true}]}", "warm-up");
            for (ArtifactKind kind : kinds) {
                SchemaCatalog.bundled().schema(kind);
            }
        } catch (RuntimeException | LinkageError ignored) {
            // The command reports the same problem when it gets there.
        }
    }
}
