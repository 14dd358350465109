package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.CheckpointPromotion;
import dev.benchproof.model.v1.EvaluationArtifact;
import dev.benchproof.model.v1.PolicyImprovement;
import dev.benchproof.model.v1.PromotionReasonCode;
import dev.benchproof.model.v1.SensitivityPoint;
import dev.benchproof.model.v1.SummaryStatistics;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.Summary;
import java.util.Optional;
import java.util.Set;

/**
 * Fills the evaluation artifact. Absent reproducibility sections stay null (written as explicit
 * null); the promotion decision's reason codes are copied as given, order included.
 */
public final class EvaluationAssembler {

    private EvaluationAssembler() {
    }

    public static EvaluationArtifact build(EvaluationIds ids, SignificanceOutcome improvement,
                                           Optional<SeedReproducibility> seeds,
                                           Optional<SampleSizeSensitivity> sensitivity,
                                           PromotionDecision promotion) {
        double alpha = improvement.alpha();
        return new EvaluationArtifact()
                .with$schema(ArtifactKind.EVALUATION_ARTIFACT.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withBenchmarkSuiteId(ids.benchmarkSuiteId())
                .withBaselinePolicyId(ids.baselinePolicyId())
                .withCandidatePolicyId(ids.candidatePolicyId())
                .withGeneratedAtEpochMs(ids.generatedAtEpochMs())
                .withPolicyImprovement(new PolicyImprovement()
                        .withBaseline(summary(improvement.baseline(), alpha))
                        .withCandidate(summary(improvement.trained(), alpha))
                        .withMeanDelta(improvement.welch().meanDelta())
                        .withDeltaCiLow(IntervalEnds.orNull(improvement.welch().deltaInterval().low()))
                        .withDeltaCiHigh(IntervalEnds.orNull(improvement.welch().deltaInterval().high()))
                        .withPooledStdDev(improvement.pooledStdDev())
                        .withCohensD(improvement.cohensD())
                        .withIsSignificantImprovement(SignificanceOutcome.significant(improvement.welch().deltaInterval().low()))
                        .withAlpha(alpha))
                .withSeedReproducibility(seeds.map(EvaluationAssembler::seeds).orElse(null))
                .withSampleSizeSensitivity(sensitivity.map(EvaluationAssembler::sensitivity).orElse(null))
                .withCheckpointPromotion(promotion(promotion));
    }

    private static SummaryStatistics summary(Summary summary, double alpha) {
        Interval interval = summary.meanInterval(alpha);
        return new SummaryStatistics()
                .withCount(summary.count())
                .withMean(summary.mean())
                .withVariance(summary.variance())
                .withStdDev(summary.stdDev())
                .withCiLow(IntervalEnds.orNull(interval.low()))
                .withCiHigh(IntervalEnds.orNull(interval.high()))
                .withAlpha(alpha);
    }

    private static dev.benchproof.model.v1.SeedReproducibility seeds(SeedReproducibility seeds) {
        return new dev.benchproof.model.v1.SeedReproducibility()
                .withSampleSize(seeds.sampleSize())
                .withRunCount((long) seeds.runCount())
                .withpValueRange(seeds.pValueRange())
                .withRewardDeltaRange(seeds.rewardDeltaRange())
                .withWithinBand(seeds.withinBand())
                .withMaxPValueRange(seeds.maxPValueRange())
                .withMaxRewardDeltaRange(seeds.maxRewardDeltaRange());
    }

    private static dev.benchproof.model.v1.SampleSizeSensitivity sensitivity(SampleSizeSensitivity sensitivity) {
        return new dev.benchproof.model.v1.SampleSizeSensitivity()
                .withSeed(sensitivity.seed())
                .withPoints(sensitivity.points().stream().map(point -> new SensitivityPoint()
                        .withSampleSize(point.sampleSize())
                        .withMeanPValue(point.meanPValue())
                        .withMeanRewardDelta(point.meanRewardDelta())).toList())
                .withMaxPValueDrift(sensitivity.maxPValueDrift())
                .withMaxRewardDeltaDrift(sensitivity.maxRewardDeltaDrift())
                .withWithinBand(sensitivity.withinBand())
                .withpValueDriftLimit(sensitivity.pValueDriftLimit())
                .withRewardDeltaDriftLimit(sensitivity.rewardDeltaDriftLimit());
    }

    private static CheckpointPromotion promotion(PromotionDecision decision) {
        Set<PromotionReasonCode> codes = ModelCodes.of(decision.reasonCodes(), PromotionReasonCode::fromValue);
        return new CheckpointPromotion()
                .withPromotionAllowed(decision.promotionAllowed())
                .withSafetyRegression(decision.safetyRegression())
                .withMaxSafetyRegression(decision.maxSafetyRegression())
                .withReasonCodes(codes);
    }
}
