package dev.benchproof.report;

import dev.benchproof.io.SampleStreams;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Proof bundles of the golden proof cases, read from their approved artifacts and their sample inputs. */
final class GoldenBundles {

    /** Every golden proof case that writes a proof (the bad-input cases write nothing). */
    static final List<String> CASES = List.of("pass", "fail-reward", "fail-p-value", "fail-safety-breach",
            "fail-safety-upper-bound", "paired", "unequal-sizes");

    private GoldenBundles() {
    }

    static Path caseDir(String name) {
        return Path.of(System.getProperty("benchproof.projectRoot", ".")).resolve("golden/proof").resolve(name);
    }

    static ReportInput bundle(String name, boolean withSamples) throws IOException {
        Path dir = caseDir(name);
        Path proofFile;
        try (Stream<Path> files = Files.list(dir)) {
            proofFile = files.filter(p -> p.getFileName().toString().startsWith("m24-benchmark-proof-")).findFirst()
                    .orElseThrow();
        }
        StrictJsonReader reader = StrictJsonReader.DEFAULT;
        BenchmarkProof proof = reader.readValue(proofFile, BenchmarkProof.class);
        BenchmarkReport significance = reader.readValue(dir.resolve("m24-benchmark-significance.approved.json"),
                BenchmarkReport.class);
        SafetyRegressionReport safety = reader.readValue(dir.resolve("m24-benchmark-safety-regression.approved.json"),
                SafetyRegressionReport.class);
        Optional<ReportInput.RewardSamples> samples = withSamples
                ? Optional.of(new ReportInput.RewardSamples(SampleStreams.readSamples(dir.resolve("baseline.json"), "baseline"),
                SampleStreams.readSamples(dir.resolve("trained.json"), "trained")))
                : Optional.empty();
        return new ReportInput(proof, Optional.of(significance), Optional.of(safety), samples);
    }
}
