package dev.benchproof.cli;

import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.StratifiedBootstrap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How the compare command bootstraps and gates two arms' run scores. */
final class ComparisonOptions {

    @Option(names = "--min-delta", paramLabel = "DELTA", defaultValue = "0.0",
            description = "Smallest improvement of the metric the delta interval must exceed (default: ${DEFAULT-VALUE}).")
    double minDelta;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of every interval, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--bootstrap-resamples", paramLabel = "N", defaultValue = "" + StratifiedBootstrap.DEFAULT_RESAMPLES,
            description = "Stratified bootstrap resamples, at least 1 (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + dev.benchproof.stats.Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    AggregateOptions aggregate;

    StratifiedBootstrap bootstrap() {
        return aggregate.bootstrap(resamples, seed, confidence);
    }

    AggregateMetric metric() {
        return aggregate.metric;
    }
}
