package dev.benchproof.artifact;

import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.UnitOfAnalysis;

/**
 * What a proof made from episode records adds to the one {@link ProofAssembler} builds: the unit of
 * analysis with its run counts, and the aggregate comparison as a sixth referenced, digested artifact.
 *
 * @param comparisonPath the aggregate comparison's recorded path
 * @param comparisonDigest SHA-256 of its bytes
 * @param baselineRuns baseline runs
 * @param trainedRuns trained runs
 */
public record RunLevelProofParts(String comparisonPath, String comparisonDigest, int baselineRuns, int trainedRuns) {

    /** Adds the parts to {@code proof} (which must carry artifact digests) and returns it. */
    public BenchmarkProof addTo(BenchmarkProof proof) {
        proof.getArtifacts().setAggregateComparison(comparisonPath);
        proof.getArtifactDigests().setAggregateComparison(comparisonDigest);
        proof.setUnitOfAnalysis(new UnitOfAnalysis().withUnit(UnitOfAnalysis.Unit.RUN)
                .withBaselineRuns((long) baselineRuns).withTrainedRuns((long) trainedRuns));
        return proof;
    }
}
