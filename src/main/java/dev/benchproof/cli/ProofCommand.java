package dev.benchproof.cli;

import dev.benchproof.artifact.CheckpointIds;
import dev.benchproof.artifact.ProofArtifactFiles;
import dev.benchproof.artifact.ProofAssembler;
import dev.benchproof.artifact.ReportAssembler;
import dev.benchproof.artifact.RetentionPolicy;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.artifact.SafetyReportAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.FailureReason;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.ProofGate;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.model.v1.BenchmarkReport.ReportKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * One shot: baseline, trained, significance and safety-regression reports, then the proof that
 * references them by path and digest. Every artifact is validated before any is written.
 */
@Command(name = "proof", description = "Generate and validate the whole proof bundle; exit 1 when the proof fails.")
final class ProofCommand extends BaseCommand {

    static final String BASELINE_FILE = "m24-benchmark-baseline.json";
    static final String TRAINED_FILE = "m24-benchmark-trained.json";
    static final String SIGNIFICANCE_FILE = "m24-benchmark-significance.json";
    static final String SAFETY_FILE = "m24-benchmark-safety-regression.json";

    /** Reward sample vectors (episodes as the unit), or episode records of runs x tasks (runs as the unit). */
    static final class Rewards {
        @ArgGroup(exclusive = false, multiplicity = "1", heading = "Episode samples:%n")
        RewardSampleOptions samples;

        @ArgGroup(exclusive = false, multiplicity = "1", heading = "Episode records of runs (seeds) x tasks:%n")
        RunRecordOptions runs;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rewards rewards;

    @Mixin
    AggregateOptions aggregate;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "tasks/reports",
            description = "Directory the five artifacts are written to (default: ${DEFAULT-VALUE}).")
    String outputDir;

    @Option(names = "--min-reward-delta", paramLabel = "DELTA", defaultValue = "0.05",
            description = "Smallest acceptable trained minus baseline mean reward (default: ${DEFAULT-VALUE}).")
    double minRewardDelta;

    @Option(names = "--max-safety-regression", paramLabel = "DELTA", defaultValue = "0.0",
            description = "Largest tolerated rise of the mean safety penalty (default: ${DEFAULT-VALUE}).")
    double maxSafetyRegression;

    @Option(names = "--max-p-value", paramLabel = "P", defaultValue = "0.05",
            description = "Largest acceptable p-value (default: ${DEFAULT-VALUE}).")
    double maxPValue;

    @Option(names = "--min-confidence-level", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Smallest acceptable confidence level, 1 - p (default: ${DEFAULT-VALUE}).")
    double minConfidenceLevel;

    @Option(names = "--baseline-checkpoint-id", paramLabel = "ID", defaultValue = "baseline",
            description = "Baseline checkpoint id recorded in the proof (default: ${DEFAULT-VALUE}).")
    String baselineId;

    @Option(names = "--trained-checkpoint-id", paramLabel = "ID", defaultValue = "trained",
            description = "Trained checkpoint id recorded in the proof (default: ${DEFAULT-VALUE}).")
    String trainedId;

    @Option(names = "--fixture-path", paramLabel = "PATH", defaultValue = "tasks/fixtures/m24/benchmark-suite.json",
            description = "Benchmark suite fixture recorded in the proof (default: ${DEFAULT-VALUE}).")
    String fixturePath;

    @Mixin
    RunOptions run;

    @Mixin
    SuiteOptions suite;

    @Mixin
    StatisticsOptions statistics;

    @Mixin
    SafetyOptions safety;

    @Mixin
    SafetyGateOptions safetyGate;

    @Mixin
    RetentionOptions retention;

    @Override
    protected int execute(PrintWriter out) {
        if (rewards.runs != null) {
            return new RunLevelProofRun(this).execute(out);
        }
        RunContext context = run.context(suite);
        ProofCriteria criteria = new ProofCriteria(minRewardDelta, maxSafetyRegression, maxPValue, minConfidenceLevel);
        CheckpointIds ids = new CheckpointIds(RunOptions.requireNonBlank("--baseline-checkpoint-id", baselineId),
                RunOptions.requireNonBlank("--trained-checkpoint-id", trainedId),
                RunOptions.requireNonBlank("--fixture-path", fixturePath));
        RetentionPolicy retentionPolicy = retention.policy(context.generatedAt());
        var significanceGate = statistics.gate();
        var gate = safetyGate.gate(maxSafetyRegression);
        RewardSampleOptions.Rewards read = rewards.samples.read(statistics.paired);
        double[] baseline = read.baseline();
        double[] trained = read.trained();

        SafetyDecision safetyDecision = gate.decide(safety.input(baseline.length, trained.length));
        SignificanceOutcome significance = significanceGate.evaluate(baseline, trained);
        ProofVerdict verdict = ProofGate.judge(criteria, significance, safetyDecision);

        var baselineReport = ArtifactOutput.stage(inOutputDir(BASELINE_FILE), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.arm(ReportKind.BASELINE, context, retentionPolicy, baseline.length,
                        significance.baseline().mean(), safetyDecision.baselineMean()));
        var trainedReport = ArtifactOutput.stage(inOutputDir(TRAINED_FILE), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.arm(ReportKind.TRAINED, context, retentionPolicy, trained.length,
                        significance.trained().mean(), safetyDecision.trainedMean()));
        var significanceReport = ArtifactOutput.stage(inOutputDir(SIGNIFICANCE_FILE), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(context, retentionPolicy, significance, safetyDecision.baselineMean(),
                        safetyDecision.trainedMean()));
        var safetyReport = ArtifactOutput.stage(inOutputDir(SAFETY_FILE), ArtifactKind.SAFETY_REGRESSION_REPORT,
                SafetyReportAssembler.build(context, safetyDecision));
        ProofArtifactFiles files = new ProofArtifactFiles(
                baselineReport.path().toString(), trainedReport.path().toString(),
                significanceReport.path().toString(), safetyReport.path().toString(),
                baselineReport.sha256(), trainedReport.sha256(), significanceReport.sha256(), safetyReport.sha256());
        var proof = ArtifactOutput.stage(inOutputDir(proofFileName(context.runId())), ArtifactKind.BENCHMARK_PROOF,
                ProofAssembler.build(context, ids, significance, safetyDecision, criteria, verdict, files));
        ArtifactOutput.commit(List.of(baselineReport, trainedReport, significanceReport, safetyReport, proof));

        out.println(verdict.summary());
        for (FailureReason reason : verdict.details()) {
            out.println("reason=" + reason.code().code() + " observed=" + number(reason.observed())
                    + " threshold=" + number(reason.threshold()));
        }
        verdict.episodesNeededPerArm().ifPresent(n -> out.println("episodes_needed_per_arm=" + n));
        out.println("proof_status=" + (verdict.pass() ? "pass" : "fail") + " output=" + proof.path());
        return verdict.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /**
     * The output directory exactly as given joined with a file name, as the proof records it: not
     * normalised or made absolute, so {@code --output-dir out} gives {@code out/<name>}.
     */
    Path inOutputDir(String fileName) {
        return Path.of(outputDir.endsWith("/") ? outputDir + fileName : outputDir + "/" + fileName);
    }

    static String proofFileName(String runId) {
        return "m24-benchmark-proof-" + runId + ".json";
    }

    static String number(double value) {
        return CanonicalJsonWriter.formatNumber(value);
    }
}
