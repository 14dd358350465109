package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.IntervalMethod;
import dev.benchproof.stats.StratifiedBootstrap;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** rliable's aggregates as compare and proof --baseline-runs compute them: gated metric, gamma, interval, profile. */
final class AggregateOptions {

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "iqm", converter = MetricConverter.class,
            description = "Gated aggregate: iqm, median, mean or optimality_gap (default: ${DEFAULT-VALUE}).")
    AggregateMetric metric;

    @Option(names = "--optimality-threshold", paramLabel = "GAMMA", defaultValue = "1.0",
            description = "Threshold gamma of the optimality gap (default: ${DEFAULT-VALUE}).")
    double optimalityThreshold;

    @Option(names = "--interval", paramLabel = "METHOD", defaultValue = "percentile", converter = IntervalConverter.class,
            description = "Bootstrap interval: percentile or bca (default: ${DEFAULT-VALUE}).")
    IntervalMethod interval;

    @Option(names = "--profile-points", paramLabel = "N", defaultValue = "11",
            description = "Performance-profile thresholds, evenly spaced over the scores, at least 2 (default: ${DEFAULT-VALUE}).")
    int profilePoints;

    /** The configured bootstrap; resamples, seed and confidence come from the command's own options. */
    StratifiedBootstrap bootstrap(int resamples, long seed, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new BadInputException("--confidence must be in (0, 1), found " + confidence);
        }
        if (resamples < 1) {
            throw new BadInputException("--bootstrap-resamples must be at least 1 for the aggregate comparison, found " + resamples);
        }
        if (profilePoints < 2 || profilePoints > 1000) {
            throw new BadInputException("--profile-points must be in [2, 1000], found " + profilePoints);
        }
        if (!Double.isFinite(optimalityThreshold)) {
            throw new BadInputException("--optimality-threshold must be finite, found " + optimalityThreshold);
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
