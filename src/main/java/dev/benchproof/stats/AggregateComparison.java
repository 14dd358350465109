package dev.benchproof.stats;

import java.util.List;
import java.util.Map;

/**
 * rliable's aggregates of two arms with stratified-bootstrap intervals; made by {@link StratifiedBootstrap}.
 *
 * @param aggregates per metric, the baseline, trained and delta (trained - baseline) estimates
 * @param probabilityOfImprovement P(trained > baseline), averaged over tasks
 * @param thresholds performance-profile thresholds \(\tau\), ascending
 * @param profileBaseline fraction of baseline run x task scores above each threshold
 * @param profileTrained the same for the trained arm
 * @param options the bootstrap that made the intervals
 */
public record AggregateComparison(Map<AggregateMetric, Arms> aggregates, Estimate probabilityOfImprovement,
                                  List<Double> thresholds, List<Estimate> profileBaseline, List<Estimate> profileTrained,
                                  StratifiedBootstrap options) {

    /**
     * One metric on both arms.
     *
     * @param baseline the baseline's estimate
     * @param trained the trained arm's estimate
     * @param delta trained - baseline
     * @param baselineBootstrapSd standard deviation of the baseline's bootstrap distribution
     * @param trainedBootstrapSd the same for the trained arm
     */
    public record Arms(Estimate baseline, Estimate trained, Estimate delta, double baselineBootstrapSd,
                       double trainedBootstrapSd) {
    }

    public Arms of(AggregateMetric metric) {
        return aggregates.get(metric);
    }
}
