package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.BadInputException;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.AggregateComparison;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import dev.benchproof.report.ReportInput;
import dev.benchproof.stats.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a proof bundle from a directory: the one {@code m24-benchmark-proof-*.json} in it and the
 * significance and safety reports it references, found beside it under the recorded file names.
 * Everything is validated (schema, cross-field rules, the proof's digests) before it is rendered:
 * a report of a changed bundle would show numbers the proof never vouched for.
 */
final class BundleReader {

    private BundleReader() {
    }

    static ReportInput read(Path dir, Optional<ReportInput.RewardSamples> samples) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory");
        }
        Path proofFile = proofIn(dir);
        FileValidator validator = FileValidator.byDeclaredKind();
        BenchmarkProof proof = bind(validator, proofFile, ArtifactKind.BENCHMARK_PROOF, BenchmarkProof.class);
        Path significanceFile = beside(proofFile, proof.getArtifacts().getSignificanceReport());
        Path safetyFile = beside(proofFile, proof.getArtifacts().getSafetyRegressionReport());
        BenchmarkReport significance = bind(validator, significanceFile, ArtifactKind.BENCHMARK_REPORT, BenchmarkReport.class);
        if (significance.getSignificance() == null) {
            throw new BadInputException(significanceFile + ": /report_kind: the proof's significance_report must be a"
                    + " significance report, found " + significance.getReportKind().value());
        }
        SafetyRegressionReport safety = bind(validator, safetyFile, ArtifactKind.SAFETY_REGRESSION_REPORT,
                SafetyRegressionReport.class);
        samples.ifPresent(s -> checkSamples(proof, s));
        String comparisonPath = proof.getArtifacts().getAggregateComparison();
        Optional<AggregateComparison> comparison = comparisonPath == null ? Optional.empty()
                : Optional.of(bind(validator, beside(proofFile, comparisonPath), ArtifactKind.AGGREGATE_COMPARISON,
                        AggregateComparison.class));
        return new ReportInput(proof, Optional.of(significance), Optional.of(safety), samples, comparison);
    }

    private static Path proofIn(Path dir) {
        List<Path> proofs;
        try (Stream<Path> files = Files.list(dir)) {
            proofs = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("m24-benchmark-proof-") && name.endsWith(".json") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read the directory: " + ArtifactOutput.reason(e), e);
        }
        if (proofs.size() != 1) {
            throw new BadInputException(dir + ": a bundle holds exactly one m24-benchmark-proof-<run_id>.json, found "
                    + (proofs.isEmpty() ? "none" : proofs.size() + " (" + proofs.get(0).getFileName() + ", "
                    + proofs.get(1).getFileName() + (proofs.size() > 2 ? ", ..." : "") + ")"));
        }
        return proofs.get(0);
    }

    /** The file a proof references, beside the proof (the proof records the path as it was written). */
    private static Path beside(Path proofFile, String recorded) {
        return proofFile.resolveSibling(Path.of(recorded).getFileName().toString());
    }

    private static <T> T bind(FileValidator validator, Path file, ArtifactKind kind, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": referenced by the proof but missing");
        }
        FileValidator.Result result = validator.validate(file);
        if (!result.valid()) {
            String first = result.readable() ? file + ": " + result.errors().get(0).render() : result.errors().get(0).message();
            throw new BadInputException(first);
        }
        if (result.kind().orElseThrow() != kind) {
            throw new BadInputException(file + ": /$schema: expected a " + kind.kindName() + ", found a "
                    + result.kind().get().kindName());
        }
        return StrictJsonReader.DEFAULT.bind(result.instance(), type, file.toString());
    }

    /** Samples given for the plots must be the ones the proof measured: same episode count and mean. */
    private static void checkSamples(BenchmarkProof proof, ReportInput.RewardSamples samples) {
        check("--baseline-samples", samples.baseline(), proof.getBaseline().getEpisodes(), proof.getBaseline().getMeanReward());
        check("--trained-samples", samples.trained(), proof.getTrained().getEpisodes(), proof.getTrained().getMeanReward());
    }

    private static void check(String option, double[] values, long episodes, double mean) {
        if (values.length != episodes) {
            throw new BadInputException(option + ": " + values.length + " samples, but the proof measured " + episodes
                    + " episodes: not the samples of this proof");
        }
        double actual = Summary.of(values).mean();
        if (Math.abs(actual - mean) > 1e-9 * Math.max(1, Math.abs(mean))) {
            throw new BadInputException(option + ": mean reward " + ProofCommand.number(actual)
                    + ", but the proof records " + ProofCommand.number(mean) + ": not the samples of this proof");
        }
    }
}
