package dev.benchproof.stats;

/** rliable's four aggregate metrics; each constant carries the contract's member name. */
public enum AggregateMetric {
    IQM("iqm"),
    MEDIAN("median"),
    MEAN("mean"),
    /** Lower is better: trained - baseline below 0 is an improvement. */
    OPTIMALITY_GAP("optimality_gap");

    private final String key;

    AggregateMetric(String key) {
        this.key = key;
    }

    /** The member name in aggregate-comparison artifacts and the {@code --metric} spelling. */
    public String key() {
        return key;
    }

    /** True when a larger value is better (all but the optimality gap). */
    public boolean higherIsBetter() {
        return this != OPTIMALITY_GAP;
    }

    double of(double[][] scores, double[] sorted, double gamma) {
        return switch (this) {
            case IQM -> RliableAggregates.iqmOfSorted(sorted);
            case MEDIAN -> RliableAggregates.median(scores);
            case MEAN -> RliableAggregates.mean(scores);
            case OPTIMALITY_GAP -> RliableAggregates.optimalityGap(scores, gamma);
        };
    }
}
