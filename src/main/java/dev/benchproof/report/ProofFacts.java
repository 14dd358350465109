package dev.benchproof.report;

import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.FailureDetail;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.model.v1.ReportSignificance;
import dev.benchproof.model.v1.SafetyDeltaUpperBound;
import dev.benchproof.model.v1.SafetyRegressionReport;
import dev.benchproof.model.v1.SignificanceTests;
import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.MannWhitneyU;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The numbers every section reads, taken from the bundle once: the proof is the authority on the
 * verdict (a criterion failed exactly when its reason code is listed), the significance and safety
 * reports add what the proof does not carry.
 */
final class ProofFacts {

    final ReportInput bundle;
    final BenchmarkProof proof;
    final Optional<ReportSignificance> significance;
    final Optional<SafetyRegressionReport> safety;
    final Set<ProofReasonCode> reasons;

    ProofFacts(ReportInput bundle) {
        this.bundle = bundle;
        this.proof = bundle.proof();
        this.significance = bundle.significance().map(r -> r.getSignificance());
        this.safety = bundle.safety();
        this.reasons = proof.getFailureAnalysis().getReasons();
    }

    boolean pass() {
        return reasons.isEmpty();
    }

    boolean failed(ProofReasonCode code) {
        return reasons.contains(code);
    }

    Optional<FailureDetail> detail(ProofReasonCode code) {
        var details = proof.getFailureAnalysis().getDetails();
        return details == null ? Optional.empty() : details.stream().filter(d -> d.getCode() == code).findFirst();
    }

    String baselineId() {
        return proof.getBaseline().getCheckpointId();
    }

    String trainedId() {
        return proof.getTrained().getCheckpointId();
    }

    double rewardDelta() {
        return proof.getFailureAnalysis().getRewardDelta();
    }

    double safetyDelta() {
        return proof.getSafetyBenchmark().getSafetyRegressionDelta();
    }

    double safetyThreshold() {
        return proof.getSafetyBenchmark().getMaxSafetyRegression();
    }

    Optional<SafetyDeltaUpperBound> safetyUpperBound() {
        return safety.map(SafetyRegressionReport::getSafetyDeltaUpperBound);
    }

    Optional<SignificanceTests> tests() {
        return significance.map(ReportSignificance::getTests);
    }

    boolean paired() {
        return tests().map(t -> t.getPrimary() == SignificanceTests.Primary.PAIRED_T).orElse(false);
    }

    /** Name of the primary test, as the p-value's row calls it. */
    String primaryTest() {
        return tests().map(t -> (t.getPrimary() == SignificanceTests.Primary.PAIRED_T ? "paired t-test" : "Welch t-test")
                + ", " + (t.getAlternative() == SignificanceTests.Alternative.GREATER ? "one-sided" : "two-sided"))
                .orElse("primary test");
    }

    /** Level of the delta interval, {@code 1 - alpha}. */
    Optional<Double> intervalLevel() {
        return significance.map(s -> 1 - s.getAlpha());
    }

    /**
     * P(trained > baseline) + P(tie)/2, the Mann-Whitney U over n_b n_t: from the significance report,
     * else from the samples when they are in memory.
     */
    OptionalDouble probabilityOfImprovement() {
        Optional<Double> reported = tests().map(t -> t.getMannWhitney().getProbabilityOfImprovement());
        if (reported.isPresent()) {
            return OptionalDouble.of(reported.get());
        }
        return bundle.samples().map(s -> OptionalDouble.of(
                MannWhitneyU.test(s.baseline(), s.trained(), Alternative.TWO_SIDED).probabilityOfImprovement()))
                .orElse(OptionalDouble.empty());
    }

    Optional<Long> episodesNeededPerArm() {
        return Optional.ofNullable(proof.getFailureAnalysis().getEpisodesNeededPerArm());
    }
}
