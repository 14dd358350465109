package dev.benchproof.gate;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.MannWhitneyU;
import dev.benchproof.stats.PairedTTest;
import dev.benchproof.stats.SignificanceResult;
import dev.benchproof.stats.Summary;
import dev.benchproof.stats.WelchTTest;
import dev.benchproof.stats.WilcoxonSignedRank;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every statistic of one reward comparison. The contract's fields come from the primary test: Welch's
 * for independent arms, the paired t-test for paired ones.
 *
 * @param bootstrap the seeded percentile interval of the mean delta (resampling pairs in the paired design,
 *     one-sided for greater); empty when it was skipped
 */
public record SignificanceOutcome(Summary baseline, Summary trained, double alpha, Alternative alternative,
                                  SampleDesign design, Map<ComparisonTest, SignificanceResult> tests,
                                  Optional<Interval> bootstrap, int bootstrapResamples, long bootstrapSeed,
                                  double pooledStdDev, double cohensD, double hedgesG) {

    /**
     * Every hypothesis test of this comparison by its report name, in report order: welch, then
     * paired_t and wilcoxon when paired, then mann_whitney. Callers that only need a statistic and a
     * p-value (and a decision at a level) read them here, whatever the test.
     */
    public Map<String, SignificanceResult> results() {
        Map<String, SignificanceResult> results = new LinkedHashMap<>();
        tests.forEach((test, result) -> results.put(test.reportName(), result));
        return Collections.unmodifiableMap(results);
    }

    /** The test whose p-value and interval fill the contract's fields. */
    public SignificanceResult primary() {
        return tests.get(ComparisonTest.primary(design));
    }

    public SignificanceOutcome {
        tests = Collections.unmodifiableMap(new EnumMap<>(tests));
        if (!tests.containsKey(ComparisonTest.WELCH) || !tests.containsKey(ComparisonTest.primary(design))) {
            throw new IllegalArgumentException("an outcome needs Welch's test and its design's primary test");
        }
    }

    /** Welch's test: run in both designs (the primary one for independent arms). */
    public WelchTTest.Result welch() {
        return (WelchTTest.Result) tests.get(ComparisonTest.WELCH);
    }

    /** The paired t-test, in the paired design. */
    public Optional<PairedTTest.Result> pairedT() {
        return Optional.ofNullable((PairedTTest.Result) tests.get(ComparisonTest.PAIRED_T));
    }

    /** Wilcoxon's signed-rank test, in the paired design. */
    public Optional<WilcoxonSignedRank.Result> wilcoxon() {
        return Optional.ofNullable((WilcoxonSignedRank.Result) tests.get(ComparisonTest.WILCOXON));
    }

    public MannWhitneyU.Result mannWhitney() {
        return (MannWhitneyU.Result) tests.get(ComparisonTest.MANN_WHITNEY);
    }

    public double pValue() {
        return pairedT().map(PairedTTest.Result::pValue).orElse(welch().pValue());
    }

    public double confidenceLevel() {
        return 1.0 - pValue();
    }

    public double meanDelta() {
        return pairedT().map(PairedTTest.Result::meanDelta).orElse(welch().meanDelta());
    }

    /**
     * The primary test's interval, matching the alternative: two-sided, or one-sided
     * {@code [low, +Infinity)} for greater; {@code (-Infinity, +Infinity)} when {@link #degenerate()}.
     */
    public Interval deltaInterval() {
        return pairedT().map(PairedTTest.Result::deltaInterval).orElse(welch().deltaInterval());
    }

    /** Whether the primary test is undefined on these samples (zero standard error). */
    public boolean degenerate() {
        return pairedT().map(PairedTTest.Result::degenerate).orElse(welch().degenerate());
    }

    /**
     * The contract's significance pass: the lower end of the delta interval is above zero. Since the
     * interval matches the alternative this is {@code p <= alpha} for greater, and {@code p <= alpha}
     * with a positive delta for two-sided (up to rounding at the boundary); never for a degenerate test.
     */
    public boolean pass() {
        // A degenerate test has the unbounded interval: its lower end, minus infinity, is never significant.
        return significant(deltaInterval().low());
    }

    /** The one definition of "significant", shared by the gates and the cross-field rules that check them. */
    public static boolean significant(double deltaCiLow) {
        return deltaCiLow > 0;
    }

    /** Variance of one paired difference, when the design is paired. */
    public OptionalDouble differenceVariance() {
        return pairedT().map(t -> OptionalDouble.of(t.differenceStdDev() * t.differenceStdDev()))
                .orElse(OptionalDouble.empty());
    }
}
