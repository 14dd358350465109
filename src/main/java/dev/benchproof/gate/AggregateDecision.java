package dev.benchproof.gate;

import dev.benchproof.stats.AggregateMetric;
import java.util.List;
import java.util.OptionalLong;

/**
 * The verdict of {@link AggregateGate}.
 *
 * @param metric the gated aggregate
 * @param minDelta the smallest improvement worth promoting
 * @param pass true exactly when {@code reasons} is empty
 * @param reasons why the gate failed, in the contract's order
 * @param runsNeededPerArm runs per arm that would detect the observed improvement, when it beats
 *     {@code minDelta} but its interval does not
 */
public record AggregateDecision(AggregateMetric metric, double minDelta, boolean pass, List<ReasonCode> reasons,
                                OptionalLong runsNeededPerArm) {

    public AggregateDecision {
        reasons = List.copyOf(reasons);
    }
}
