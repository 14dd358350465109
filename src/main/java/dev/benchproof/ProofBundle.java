package dev.benchproof;

import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SignificanceOutcome;
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

    public boolean pass() {
        return verdict.pass();
    }
}
