package dev.benchproof.cli;

import dev.benchproof.Benchproof;
import dev.benchproof.ProofBundle;
import dev.benchproof.ProofRequest;
import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.CheckpointIds;
import dev.benchproof.artifact.RetentionPolicy;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.gate.FailureReason;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.report.ReportInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
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

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Directory the five artifacts are written to (default: ${DEFAULT-VALUE}).")
    String outputDir = BundleFiles.DEFAULT_OUTPUT_DIR;

    @Option(names = "--min-reward-delta", paramLabel = "DELTA",
            description = "Smallest acceptable trained minus baseline mean reward (default: ${DEFAULT-VALUE}).")
    double minRewardDelta = ProofCriteria.DEFAULTS.minRewardDelta();

    @Option(names = "--max-safety-regression", paramLabel = "DELTA",
            description = "Largest tolerated rise of the mean safety penalty (default: ${DEFAULT-VALUE}).")
    double maxSafetyRegression = ProofCriteria.DEFAULTS.maxSafetyRegression();

    @Option(names = "--max-p-value", paramLabel = "P",
            description = "Largest acceptable p-value (default: ${DEFAULT-VALUE}).")
    double maxPValue = ProofCriteria.DEFAULTS.maxPValue();

    @Option(names = "--min-confidence-level", paramLabel = "LEVEL",
            description = "Smallest acceptable confidence level, 1 - p (default: ${DEFAULT-VALUE}).")
    double minConfidenceLevel = ProofCriteria.DEFAULTS.minConfidenceLevel();

    @Option(names = "--baseline-checkpoint-id", paramLabel = "ID",
            description = "Baseline checkpoint id recorded in the proof (default: ${DEFAULT-VALUE}).")
    String baselineId = CheckpointIds.DEFAULTS.baseline();

    @Option(names = "--trained-checkpoint-id", paramLabel = "ID",
            description = "Trained checkpoint id recorded in the proof (default: ${DEFAULT-VALUE}).")
    String trainedId = CheckpointIds.DEFAULTS.trained();

    @Option(names = "--fixture-path", paramLabel = "PATH",
            description = "Benchmark suite fixture recorded in the proof (default: ${DEFAULT-VALUE}).")
    String fixturePath = CheckpointIds.DEFAULTS.fixturePath();

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

    @Option(names = "--report", description = "Also write report.md and report.html (with the reward distributions)"
            + " into the output directory.")
    boolean report;

    @Option(names = "--summary-file", paramLabel = "FILE",
            description = "Append the Markdown report to FILE (e.g. \"$GITHUB_STEP_SUMMARY\"); implies --report.")
    Path summaryFile;

    @Mixin
    GateFormatOptions output;

    @Override
    protected int execute(PrintWriter out) {
        if (rewards.runs != null) {
            return new RunLevelProofRun(this).execute(out);
        }
        RunContext context = run.context(suite);
        ProofCriteria criteria = new ProofCriteria(minRewardDelta, maxSafetyRegression, maxPValue, minConfidenceLevel);
        CheckpointIds ids = new CheckpointIds(baselineId, trainedId, fixturePath);
        RetentionPolicy retentionPolicy = retention.policy(context.generatedAt());
        SignificanceGate significanceGate = statistics.gate();
        safetyGate.gate(maxSafetyRegression); // checks the safety options before any file is read
        RewardSampleOptions.Rewards rewards = this.rewards.samples.read(statistics.paired);

        ProofBundle bundle = Benchproof.proof(ProofRequest.of(context, rewards.baseline(), rewards.trained())
                .with(criteria)
                .with(ids)
                .with(retentionPolicy)
                .with(significanceGate)
                .with(safety.input(rewards.baseline().length, rewards.trained().length))
                .withSafetyGate(safetyGate.mode, safetyGate.boundAlpha)
                .withOutputDir(outputDir));
        LinkedHashMap<Path, byte[]> reportFiles = report || summaryFile != null
                ? ReportFiles.render(new ReportInput(bundle.proofModel(), Optional.of(bundle.significanceModel()),
                        Optional.of(bundle.safetyModel()),
                        Optional.of(new ReportInput.RewardSamples(rewards.baseline(), rewards.trained()))),
                        Path.of(outputDir), summaryFile)
                : new LinkedHashMap<>();
        ArtifactOutput.commit(bundle.artifacts(), reportFiles);

        ProofVerdict verdict = bundle.verdict();
        output.print(out, () -> GateReports.proof(bundle.proof().path(), verdict), () -> {
            out.println(verdict.summary());
            for (FailureReason reason : verdict.details()) {
                out.println("reason=" + reason.code().code() + " observed=" + number(reason.observed())
                        + " threshold=" + number(reason.threshold()));
            }
            verdict.episodesNeededPerArm().ifPresent(n -> out.println("episodes_needed_per_arm=" + n));
            if (!reportFiles.isEmpty()) {
                out.println(ReportFiles.line(reportFiles));
            }
            out.println("proof_status=" + (verdict.pass() ? "pass" : "fail") + " output=" + bundle.proof().path());
        });
        return verdict.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** The output directory exactly as given joined with a file name, as the proof records it. */
    Path inOutputDir(String fileName) {
        return Path.of(BundleFiles.inDirectory(outputDir, fileName));
    }

    static String number(double value) {
        return CanonicalJsonWriter.formatNumber(value);
    }
}
