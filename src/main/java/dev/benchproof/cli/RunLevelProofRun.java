package dev.benchproof.cli;

import dev.benchproof.artifact.AggregateComparisonAssembler;
import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.CheckpointIds;
import dev.benchproof.artifact.ProofArtifactFiles;
import dev.benchproof.artifact.ProofAssembler;
import dev.benchproof.artifact.ReportAssembler;
import dev.benchproof.artifact.RetentionPolicy;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.artifact.RunLevelProofParts;
import dev.benchproof.artifact.SafetyReportAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.FailureReason;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.RunLevelProof;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.BadInputException;
import dev.benchproof.model.v1.BenchmarkReport.ReportKind;
import dev.benchproof.stats.RliableAggregates;
import dev.benchproof.model.v1.AggregateComparison;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import dev.benchproof.report.ReportInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;

/**
 * {@code proof --baseline-runs/--trained-runs}: the same bundle as from sample vectors, but every
 * significance figure compares one score per run (its mean over tasks of the mean episode reward), the
 * aggregate comparison is a sixth artifact the proof references and digests, and the records' safety
 * penalties (per-run means) feed the safety gate when no safety option is given.
 *
 * <p>Why Welch on run means for several tasks too, rather than a bootstrap p-value: every run has every
 * task, so a run's mean over tasks is one independent observation per seed, and its t reference kept
 * the false-positive rate under alpha with 5 seeds per arm (RunLevelProofSimulationTest), where
 * percentile-bootstrap intervals over so few resampling units tend to be too narrow. The stratified bootstrap intervals are reported beside it in the aggregate comparison.
 */
final class RunLevelProofRun {

    private final ProofCommand command;

    RunLevelProofRun(ProofCommand command) {
        this.command = command;
    }

    int execute(PrintWriter out) {
        RunContext context = command.run.context(command.suite);
        ProofCriteria criteria = new ProofCriteria(command.minRewardDelta, command.maxSafetyRegression, command.maxPValue,
                command.minConfidenceLevel);
        CheckpointIds ids = new CheckpointIds(command.baselineId, command.trainedId, command.fixturePath);
        RetentionPolicy retentionPolicy = command.retention.policy(context.generatedAt());
        if (command.statistics.paired) {
            throw new BadInputException("--paired does not apply to --baseline-runs/--trained-runs: runs of the two arms are independent");
        }
        var significanceGate = command.statistics.gate();
        var gate = command.safetyGate.gate(command.maxSafetyRegression);
        var bootstrap = command.aggregate.bootstrap(command.statistics.bootstrapResamples, command.statistics.seed,
                1 - command.statistics.alpha.alpha);
        RunRecordOptions.Runs read = command.rewards.runs.read();
        int baselineRuns = read.baseline().runs();
        int trainedRuns = read.trained().runs();
        if (baselineRuns < 2 || trainedRuns < 2) {
            throw new BadInputException((baselineRuns < 2 ? read.baseline().source() : read.trained().source())
                    + ": one run (seed) only: a run-level test needs at least 2 runs per arm (3 for a proof that can pass)");
        }
        double[] baseline = RliableAggregates.runMeans(read.baselineScores());
        double[] trained = RliableAggregates.runMeans(read.trainedScores());

        SafetyDecision safetyDecision = gate.decide(safetyInput(read));
        SignificanceOutcome significance = significanceGate.evaluate(baseline, trained);
        ProofVerdict verdict = RunLevelProof.judge(criteria, significance, safetyDecision, baselineRuns, trainedRuns);
        CompareCommand.Result comparison = CompareCommand.compare(read, bootstrap, command.aggregate.metric,
                command.minRewardDelta, command.aggregate.profilePoints);
        if (comparison.design().unnormalizedMultiTask()) {
            command.spec.commandLine().getErr().println("proof: warning: " + comparison.design().tasks().size()
                    + " tasks aggregated on raw scores (no --task-scores): tasks on different scales do not aggregate meaningfully");
            command.spec.commandLine().getErr().flush();
        }

        long baselineEpisodes = read.baseline().totalEpisodes();
        long trainedEpisodes = read.trained().totalEpisodes();
        var baselineReport = ArtifactOutput.stage(command.inOutputDir(BundleFiles.BASELINE_REPORT), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.arm(ReportKind.BASELINE, context, retentionPolicy, baselineEpisodes,
                        significance.baseline().mean(), safetyDecision.baselineMean()));
        var trainedReport = ArtifactOutput.stage(command.inOutputDir(BundleFiles.TRAINED_REPORT), ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.arm(ReportKind.TRAINED, context, retentionPolicy, trainedEpisodes,
                        significance.trained().mean(), safetyDecision.trainedMean()));
        var significanceReport = ArtifactOutput.stage(command.inOutputDir(BundleFiles.SIGNIFICANCE_REPORT),
                ArtifactKind.BENCHMARK_REPORT, ReportAssembler.significance(context, retentionPolicy, significance,
                        safetyDecision.baselineMean(), safetyDecision.trainedMean()));
        var safetyReport = ArtifactOutput.stage(command.inOutputDir(BundleFiles.SAFETY_REGRESSION_REPORT), ArtifactKind.SAFETY_REGRESSION_REPORT,
                SafetyReportAssembler.build(context, safetyDecision));
        var comparisonArtifact = ArtifactOutput.stage(command.inOutputDir(CompareCommand.fileName(context.runId())),
                ArtifactKind.AGGREGATE_COMPARISON, AggregateComparisonAssembler.build(context, comparison.design(),
                        comparison.comparison(), comparison.decision()));
        ProofArtifactFiles files = new ProofArtifactFiles(
                baselineReport.path().toString(), trainedReport.path().toString(),
                significanceReport.path().toString(), safetyReport.path().toString(),
                baselineReport.sha256(), trainedReport.sha256(), significanceReport.sha256(), safetyReport.sha256());
        var proofModel = new RunLevelProofParts(comparisonArtifact.path(), comparisonArtifact.sha256(), baselineRuns,
                trainedRuns).addTo(ProofAssembler.build(context, ids, significance, safetyDecision, criteria, verdict, files));
        var proof = ArtifactOutput.stage(command.inOutputDir(BundleFiles.proof(context.runId())), ArtifactKind.BENCHMARK_PROOF,
                proofModel);
        // The report shows the proof, its significance and safety reports; the distribution plot is of episode
        // samples, which runs mode does not have.
        LinkedHashMap<Path, byte[]> reportFiles = command.report || command.summaryFile != null
                ? ReportFiles.render(new ReportInput((BenchmarkProof) proof.model(),
                        Optional.of((BenchmarkReport) significanceReport.model()),
                        Optional.of((SafetyRegressionReport) safetyReport.model()), Optional.empty(),
                        Optional.of((AggregateComparison) comparisonArtifact.model())),
                        Path.of(command.outputDir), command.summaryFile)
                : new LinkedHashMap<>();
        ArtifactOutput.commit(List.of(baselineReport, trainedReport, significanceReport, safetyReport, comparisonArtifact,
                proof), reportFiles);

        command.output.print(out, () -> GateReports.proof(proof.path(), verdict), () -> {
            out.println(verdict.summary());
            for (FailureReason reason : verdict.details()) {
                out.println("reason=" + reason.code().code() + " observed=" + ProofCommand.number(reason.observed())
                        + " threshold=" + ProofCommand.number(reason.threshold()));
            }
            out.println("unit=run baseline_runs=" + baselineRuns + " trained_runs=" + trainedRuns);
            if (!reportFiles.isEmpty()) {
                out.println(ReportFiles.line(reportFiles));
            }
            out.println("proof_status=" + (verdict.pass() ? "pass" : "fail") + " output=" + proof.path());
        });
        return verdict.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** The records' per-run mean penalties when both arms carry them and no safety option says otherwise. */
    private SafetyInput safetyInput(RunRecordOptions.Runs read) {
        SafetyOptions options = command.safety;
        boolean given = options.given();
        boolean recorded = read.baseline().hasSafetyPenalties() && read.trained().hasSafetyPenalties();
        if (recorded && !given) {
            return SafetyInput.ofSamples(read.baseline().runSafetyPenalties(), read.trained().runSafetyPenalties());
        }
        return options.input(read.baseline().runs(), read.trained().runs());
    }
}
