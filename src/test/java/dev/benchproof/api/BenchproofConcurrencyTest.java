package dev.benchproof.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.benchproof.Benchproof;
import dev.benchproof.ProofBundle;
import dev.benchproof.ProofRequest;
import dev.benchproof.ValidatedArtifact;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.cli.CliRun;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.io.CanonicalJsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embeddable API is the proof command without the files: called from many threads at once it gives
 * every time exactly the bytes the command line writes for the same inputs.
 */
class BenchproofConcurrencyTest {

    private static final int DISTINCT = 10;
    private static final int PROOFS = 1_000;
    private static final int THREADS = 8;
    private static final int RESAMPLES = 200;
    private static final String GENERATED_AT = "2026-02-15T23:15:00Z";

    private record Case(String runId, double[] baseline, double[] trained) {
    }

    private static Case makeCase(int k) {
        SplittableRandom random = new SplittableRandom(1_000 + k);
        double[] baseline = new double[40 + k];
        double[] trained = new double[45 - k];
        Arrays.setAll(baseline, i -> Math.round((0.5 + 0.1 * random.nextGaussian()) * 1e4) / 1e4);
        // Half the cases gain enough to pass, half do not.
        double gain = k % 2 == 0 ? 0.15 : 0.01;
        Arrays.setAll(trained, i -> Math.round((0.5 + gain + 0.1 * random.nextGaussian()) * 1e4) / 1e4);
        return new Case("m24-api-" + k, baseline, trained);
    }

    private static String json(double[] values) {
        return Arrays.stream(values).mapToObj(CanonicalJsonWriter::formatNumber)
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void concurrentProofsGiveTheCommandLinesBytes(@TempDir Path dir) throws Exception {
        List<Case> cases = new ArrayList<>();
        List<List<byte[]>> expected = new ArrayList<>();
        String outputDir = dir.resolve("out").toString();
        for (int k = 0; k < DISTINCT; k++) {
            Case c = makeCase(k);
            cases.add(c);
            Path baseline = Files.writeString(dir.resolve(c.runId() + "-baseline.json"), json(c.baseline()));
            Path trained = Files.writeString(dir.resolve(c.runId() + "-trained.json"), json(c.trained()));
            CliRun run = CliRun.run("proof", "--baseline-samples", baseline, "--trained-samples", trained,
                    "--run-id", c.runId(), "--generated-at", GENERATED_AT, "--output-dir", outputDir,
                    "--bootstrap-resamples", RESAMPLES);
            assertEquals(k % 2 == 0 ? 0 : 1, run.code(), run.err());
            expected.add(written(dir.resolve("out"), c.runId()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<ProofBundle>> futures = new ArrayList<>();
            for (int i = 0; i < PROOFS; i++) {
                Case c = cases.get(i % DISTINCT);
                futures.add(pool.submit(() -> Benchproof.proof(ProofRequest.of(
                                RunContext.of(c.runId(), Instant.parse(GENERATED_AT)), c.baseline(), c.trained())
                        .with(SignificanceGate.withDefaults().withBootstrap(RESAMPLES, 20240601L))
                        .withOutputDir(outputDir))));
            }
            for (int i = 0; i < PROOFS; i++) {
                List<ValidatedArtifact> artifacts = futures.get(i).get().artifacts();
                List<byte[]> want = expected.get(i % DISTINCT);
                assertEquals(want.size(), artifacts.size());
                for (int a = 0; a < want.size(); a++) {
                    String message = "proof " + i + ": " + artifacts.get(a).path() + " differs from the CLI's";
                    assertArrayEquals(want.get(a), artifacts.get(a).bytes(), message);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The five files of one run in the bundle's order. */
    private static List<byte[]> written(Path out, String runId) throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (String name : List.of("m24-benchmark-baseline.json", "m24-benchmark-trained.json",
                "m24-benchmark-significance.json", "m24-benchmark-safety-regression.json",
                "m24-benchmark-proof-" + runId + ".json")) {
            files.add(Files.readAllBytes(out.resolve(name)));
        }
        // The shared report names are overwritten by the next case: keep a copy, not the path.
        assertEquals(true, new String(files.get(4), StandardCharsets.UTF_8).contains(runId));
        return files;
    }
}
