package dev.benchproof.cli;

import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.IntervalMethod;
import dev.benchproof.stats.StratifiedBootstrap;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How two arms' run scores are aggregated, bootstrapped and gated. */
final class ComparisonOptions {

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "iqm", converter = MetricConverter.class,
            description = "Gated aggregate: iqm, median, mean or optimality_gap (default: ${DEFAULT-VALUE}).")
    AggregateMetric metric;

    @Option(names = "--min-delta", paramLabel = "DELTA", defaultValue = "0.0",
            description = "Smallest improvement of the metric the delta interval must exceed (default: ${DEFAULT-VALUE}).")
    double minDelta;

    @Option(names = "--optimality-threshold", paramLabel = "GAMMA", defaultValue = "1.0",
            description = "Threshold gamma of the optimality gap (default: ${DEFAULT-VALUE}).")
    double optimalityThreshold;

    @Option(names = "--interval", paramLabel = "METHOD", defaultValue = "percentile", converter = IntervalConverter.class,
            description = "Bootstrap interval: percentile or bca (default: ${DEFAULT-VALUE}).")
    IntervalMethod interval;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of every interval, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--bootstrap-resamples", paramLabel = "N", defaultValue = "" + StratifiedBootstrap.DEFAULT_RESAMPLES,
            description = "Stratified bootstrap resamples, at least 1 (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + dev.benchproof.stats.Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--profile-points", paramLabel = "N", defaultValue = "11",
            description = "Performance-profile thresholds, evenly spaced over the scores, at least 2 (default: ${DEFAULT-VALUE}).")
    int profilePoints;

    StratifiedBootstrap bootstrap() {
        if (!(confidence > 0 && confidence < 1)) {
            throw new dev.benchproof.io.BadInputException("--confidence must be in (0, 1), found " + confidence);
        }
        if (resamples < 1) {
            throw new dev.benchproof.io.BadInputException("--bootstrap-resamples must be at least 1, found " + resamples);
        }
        if (profilePoints < 2 || profilePoints > 1000) {
            throw new dev.benchproof.io.BadInputException("--profile-points must be in [2, 1000], found " + profilePoints);
        }
        if (!Double.isFinite(optimalityThreshold)) {
            throw new dev.benchproof.io.BadInputException("--optimality-threshold must be finite, found " + optimalityThreshold);
        }
        return StratifiedBootstrap.withDefaults().withResamples(resamples).withSeed(seed).withConfidence(confidence)
                .with(interval).withOptimalityThreshold(optimalityThreshold);
    }

    static final class MetricConverter implements ITypeConverter<AggregateMetric> {
        @Override
        public AggregateMetric convert(String value) {
            return Arrays.stream(AggregateMetric.values()).filter(m -> m.key().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected " + Arrays.stream(AggregateMetric.values())
                            .map(AggregateMetric::key).collect(Collectors.joining(", ")) + ", found '" + value + "'"));
        }
    }

    static final class IntervalConverter implements ITypeConverter<IntervalMethod> {
        @Override
        public IntervalMethod convert(String value) {
            return Arrays.stream(IntervalMethod.values()).filter(m -> m.key().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected percentile or bca, found '" + value + "'"));
        }
    }
}
