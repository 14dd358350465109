package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.Timestamps;
import dev.benchproof.gate.AggregateDecision;
import dev.benchproof.model.v1.AggregateComparison;
import dev.benchproof.model.v1.AggregateEstimate;
import dev.benchproof.model.v1.AggregateReasonCode;
import dev.benchproof.model.v1.ArmEstimates;
import dev.benchproof.model.v1.ComparisonAggregates;
import dev.benchproof.model.v1.ComparisonBootstrap;
import dev.benchproof.model.v1.ComparisonGate;
import dev.benchproof.model.v1.NormalizedTask;
import dev.benchproof.model.v1.PerformanceProfile;
import dev.benchproof.model.v1.ScoreNormalization;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.Estimate;
import java.util.LinkedHashSet;
import java.util.List;

/** Fills the aggregate-comparison artifact from the bootstrap's estimates and the gate's decision. */
public final class AggregateComparisonAssembler {

    private AggregateComparisonAssembler() {
    }

    public static AggregateComparison build(RunContext run, ComparisonDesign design,
                                            dev.benchproof.stats.AggregateComparison comparison, AggregateDecision decision) {
        return new AggregateComparison()
                .with$schema(ArtifactKind.AGGREGATE_COMPARISON.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withRunId(run.runId())
                .withGeneratedAt(Timestamps.format(run.generatedAt()))
                .withDesign(design(design))
                .withAggregates(new ComparisonAggregates()
                        .withIqm(arms(comparison.of(AggregateMetric.IQM)))
                        .withMedian(arms(comparison.of(AggregateMetric.MEDIAN)))
                        .withMean(arms(comparison.of(AggregateMetric.MEAN)))
                        .withOptimalityGap(arms(comparison.of(AggregateMetric.OPTIMALITY_GAP))))
                .withProbabilityOfImprovement(estimate(comparison.probabilityOfImprovement()))
                .withPerformanceProfile(new PerformanceProfile()
                        .withThresholds(comparison.thresholds())
                        .withBaseline(comparison.profileBaseline().stream().map(AggregateComparisonAssembler::estimate).toList())
                        .withTrained(comparison.profileTrained().stream().map(AggregateComparisonAssembler::estimate).toList()))
                .withBootstrap(new ComparisonBootstrap()
                        .withMethod(ComparisonBootstrap.Method.STRATIFIED)
                        .withInterval(ComparisonBootstrap.Interval.fromValue(comparison.options().method().key()))
                        .withResamples((long) comparison.options().resamples())
                        .withSeed(comparison.options().seed())
                        .withConfidence(comparison.options().confidence()))
                .withGate(gate(decision));
    }

    private static dev.benchproof.model.v1.ComparisonDesign design(ComparisonDesign design) {
        return new dev.benchproof.model.v1.ComparisonDesign()
                .withTasks(new LinkedHashSet<>(design.tasks()))
                .withBaselineRuns((long) design.baselineRuns())
                .withTrainedRuns((long) design.trainedRuns())
                .withBaselineEpisodes(design.baselineEpisodes())
                .withTrainedEpisodes(design.trainedEpisodes())
                .withScore(dev.benchproof.model.v1.ComparisonDesign.Score.MEAN_EPISODE_REWARD)
                .withNormalization(design.normalization().map(AggregateComparisonAssembler::normalization).orElse(null))
                .withUnnormalizedMultiTask(design.unnormalizedMultiTask())
                .withOptimalityThreshold(design.optimalityThreshold());
    }

    private static ScoreNormalization normalization(List<ComparisonDesign.TaskRange> ranges) {
        return new ScoreNormalization()
                .withMethod(ScoreNormalization.Method.MIN_MAX)
                .withTasks(ranges.stream().map(r -> new NormalizedTask().withTask(r.task()).withMin(r.min()).withMax(r.max())).toList());
    }

    private static ComparisonGate gate(AggregateDecision decision) {
        LinkedHashSet<AggregateReasonCode> codes = new LinkedHashSet<>();
        decision.reasons().forEach(code -> codes.add(AggregateReasonCode.fromValue(code.code())));
        ComparisonGate gate = new ComparisonGate()
                .withMetric(ComparisonGate.Metric.fromValue(decision.metric().key()))
                .withMinDelta(decision.minDelta())
                .withPass(decision.pass())
                .withReasonCodes(codes);
        decision.runsNeededPerArm().ifPresent(n -> gate.setRunsNeededPerArm(n));
        return gate;
    }

    private static ArmEstimates arms(dev.benchproof.stats.AggregateComparison.Arms arms) {
        return new ArmEstimates().withBaseline(estimate(arms.baseline())).withTrained(estimate(arms.trained()))
                .withDelta(estimate(arms.delta()));
    }

    private static AggregateEstimate estimate(Estimate e) {
        return new AggregateEstimate().withPoint(e.point()).withCiLow(e.ciLow()).withCiHigh(e.ciHigh());
    }
}
