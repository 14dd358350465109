package dev.benchproof;

import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.ProofArtifactFiles;
import dev.benchproof.artifact.ProofAssembler;
import dev.benchproof.artifact.ReportAssembler;
import dev.benchproof.artifact.SafetyReportAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.ProofGate;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.BenchmarkReport.ReportKind;
import java.util.List;

/**
 * The embeddable entry point: in-memory inputs in, validated artifact bytes out, no file touched. The
 * {@code proof} command is this call plus reading the sample files and writing the bytes, so a Spark or
 * Beam job that calls it per partition gets exactly the command's artifacts.
 *
 * <p>Thread-safe: it keeps no state; the bundled schemas are compiled once and shared.
 *
 * @see ProofRequest
 */
public final class Benchproof {

    private Benchproof() {
    }

    /**
     * The proof bundle of one comparison: the baseline, trained, significance and safety-regression reports
     * and the proof that references them by path and SHA-256, each validated against its schema and
     * cross-field rules.
     *
     * @throws BadInputException when the inputs break a rule (too few samples, a threshold out of range, ...)
     */
    public static ProofBundle proof(ProofRequest request) {
        double[] baseline = request.baseline();
        double[] trained = request.trained();
        SafetyDecision safety = request.safetyGate().decide(request.safety());
        SignificanceOutcome significance = request.significance().evaluate(baseline, trained);
        ProofVerdict verdict = ProofGate.judge(request.criteria(), significance, safety);

        var run = request.run();
        var retention = request.retention();
        String dir = request.outputDir();
        ValidatedArtifact baselineReport = ValidatedArtifact.of(BundleFiles.inDirectory(dir, BundleFiles.BASELINE_REPORT),
                ArtifactKind.BENCHMARK_REPORT, ReportAssembler.arm(ReportKind.BASELINE, run, retention,
                        baseline.length, significance.baseline().mean(), safety.baselineMean()));
        ValidatedArtifact trainedReport = ValidatedArtifact.of(BundleFiles.inDirectory(dir, BundleFiles.TRAINED_REPORT),
                ArtifactKind.BENCHMARK_REPORT, ReportAssembler.arm(ReportKind.TRAINED, run, retention,
                        trained.length, significance.trained().mean(), safety.trainedMean()));
        ValidatedArtifact significanceReport = ValidatedArtifact.of(
                BundleFiles.inDirectory(dir, BundleFiles.SIGNIFICANCE_REPORT), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(run, retention, significance, safety.baselineMean(), safety.trainedMean()));
        ValidatedArtifact safetyReport = ValidatedArtifact.of(
                BundleFiles.inDirectory(dir, BundleFiles.SAFETY_REGRESSION_REPORT), ArtifactKind.SAFETY_REGRESSION_REPORT,
                SafetyReportAssembler.build(run, safety));
        ProofArtifactFiles files = new ProofArtifactFiles(baselineReport.path(), trainedReport.path(),
                significanceReport.path(), safetyReport.path(), baselineReport.sha256(), trainedReport.sha256(),
                significanceReport.sha256(), safetyReport.sha256());
        ValidatedArtifact proof = ValidatedArtifact.of(BundleFiles.inDirectory(dir, BundleFiles.proof(run.runId())),
                ArtifactKind.BENCHMARK_PROOF, ProofAssembler.build(run, request.checkpoints(), significance, safety,
                        request.criteria(), verdict, files));
        return new ProofBundle(List.of(baselineReport, trainedReport, significanceReport, safetyReport, proof), verdict,
                significance, safety);
    }
}
