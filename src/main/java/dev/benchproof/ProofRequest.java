package dev.benchproof;

import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.CheckpointIds;
import dev.benchproof.artifact.RetentionPolicy;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyGateMode;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SignificanceGate;
import java.util.Objects;

/**
 * Everything a proof bundle is made from, in memory. Immutable: each {@code with..} returns a copy, so one
 * configured request can be shared by threads and varied per partition. Unset members take the command
 * line's defaults.
 *
 * <pre>{@code
 * ProofBundle bundle = Benchproof.proof(ProofRequest.of(RunContext.of("m24-nightly", generatedAt), baseline, trained)
 *         .with(ProofRequest.criteria(0.1, 0.0, 0.01, 0.99)));
 * }</pre>
 */
public final class ProofRequest {

    private final RunContext run;
    private final double[] baseline;
    private final double[] trained;
    private final SafetyInput safety;
    private final ProofCriteria criteria;
    private final SignificanceGate significance;
    private final SafetyGateMode safetyGateMode;
    private final double safetyBoundAlpha;
    private final CheckpointIds checkpoints;
    private final RetentionPolicy retention;
    private final String outputDir;

    private ProofRequest(RunContext run, double[] baseline, double[] trained, SafetyInput safety, ProofCriteria criteria,
                         SignificanceGate significance, SafetyGateMode safetyGateMode, double safetyBoundAlpha,
                         CheckpointIds checkpoints, RetentionPolicy retention, String outputDir) {
        this.run = Objects.requireNonNull(run, "run");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.trained = Objects.requireNonNull(trained, "trained");
        this.safety = safety;
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.significance = Objects.requireNonNull(significance, "significance");
        this.safetyGateMode = Objects.requireNonNull(safetyGateMode, "safetyGateMode");
        this.safetyBoundAlpha = safetyBoundAlpha;
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.outputDir = RunContext.requireNonBlank("output_dir", outputDir);
    }

    /**
     * A request with the defaults: the arrays are the two arms' per-episode rewards; they are not copied, so
     * they must not change while a proof is made from them.
     */
    public static ProofRequest of(RunContext run, double[] baselineRewards, double[] trainedRewards) {
        return new ProofRequest(run, baselineRewards, trainedRewards, null, ProofCriteria.DEFAULTS,
                SignificanceGate.withDefaults(), SafetyGateMode.DELTA, SafetyGate.DEFAULT_BOUND_ALPHA,
                CheckpointIds.DEFAULTS, RetentionPolicy.DEFAULTS, BundleFiles.DEFAULT_OUTPUT_DIR);
    }

    public ProofRequest with(ProofCriteria newCriteria) {
        return new ProofRequest(run, baseline, trained, safety, newCriteria, significance, safetyGateMode,
                safetyBoundAlpha, checkpoints, retention, outputDir);
    }

    public ProofRequest with(SignificanceGate newSignificance) {
        return new ProofRequest(run, baseline, trained, safety, criteria, newSignificance, safetyGateMode,
                safetyBoundAlpha, checkpoints, retention, outputDir);
    }

    /** Safety penalties per episode or as two means; without one, both means are {@link SafetyInput#NO_PENALTY}. */
    public ProofRequest with(SafetyInput newSafety) {
        return new ProofRequest(run, baseline, trained, newSafety, criteria, significance, safetyGateMode,
                safetyBoundAlpha, checkpoints, retention, outputDir);
    }

    public ProofRequest withSafetyGate(SafetyGateMode mode, double boundAlpha) {
        return new ProofRequest(run, baseline, trained, safety, criteria, significance, mode, boundAlpha, checkpoints,
                retention, outputDir);
    }

    public ProofRequest with(CheckpointIds newCheckpoints) {
        return new ProofRequest(run, baseline, trained, safety, criteria, significance, safetyGateMode,
                safetyBoundAlpha, newCheckpoints, retention, outputDir);
    }

    public ProofRequest with(RetentionPolicy newRetention) {
        return new ProofRequest(run, baseline, trained, safety, criteria, significance, safetyGateMode,
                safetyBoundAlpha, checkpoints, newRetention, outputDir);
    }

    /** The directory the reports are recorded under in the proof, exactly as spelled (default {@code tasks/reports}). */
    public ProofRequest withOutputDir(String newOutputDir) {
        return new ProofRequest(run, baseline, trained, safety, criteria, significance, safetyGateMode,
                safetyBoundAlpha, checkpoints, retention, newOutputDir);
    }

    public RunContext run() {
        return run;
    }

    double[] baseline() {
        return baseline;
    }

    double[] trained() {
        return trained;
    }

    SafetyInput safety() {
        return safety != null ? safety
                : SafetyInput.ofMeans(SafetyInput.NO_PENALTY, SafetyInput.NO_PENALTY, baseline.length, trained.length);
    }

    public ProofCriteria criteria() {
        return criteria;
    }

    SignificanceGate significance() {
        return significance;
    }

    SafetyGate safetyGate() {
        return SafetyGate.withThreshold(criteria.maxSafetyRegression()).with(safetyGateMode)
                .withBoundAlpha(safetyBoundAlpha);
    }

    CheckpointIds checkpoints() {
        return checkpoints;
    }

    RetentionPolicy retention() {
        return retention;
    }

    String outputDir() {
        return outputDir;
    }
}
