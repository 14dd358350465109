package dev.benchproof;

import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import java.util.List;

/**
 * A proof bundle in memory: the validated artifacts in write order (the four reports, then the proof)
 * and the decisions they record.
 */
public record ProofBundle(List<ValidatedArtifact> artifacts, ProofVerdict verdict, SignificanceOutcome significance,
                          SafetyDecision safety) {

    public ProofBundle {
        artifacts = List.copyOf(artifacts);
    }

    /** The proof itself, the last artifact. */
    public ValidatedArtifact proof() {
        return artifacts.get(artifacts.size() - 1);
    }

    public BenchmarkProof proofModel() {
        return (BenchmarkProof) proof().model();
    }

    public BenchmarkReport significanceModel() {
        return (BenchmarkReport) artifacts.get(2).model();
    }

    public SafetyRegressionReport safetyModel() {
        return (SafetyRegressionReport) artifacts.get(3).model();
    }

    public boolean pass() {
        return verdict.pass();
    }
}
