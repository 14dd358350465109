package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyGateTest {

    // Delta 0.05, Welch df 8.94; the one-sided 95% upper bound of the delta is 0.15186.
    private static final double[] BASELINE = {0.10, 0.20, 0.00, 0.10, 0.30, 0.20};
    private static final double[] TRAINED = {0.20, 0.10, 0.30, 0.25, 0.15};

    // scipy 1.10.1, Welch with the formula written out (ttest_ind has no confidence_interval before 1.11):
    //   b = [0.10, 0.20, 0.00, 0.10, 0.30, 0.20]; t = [0.20, 0.10, 0.30, 0.25, 0.15]
    //   vb = b.var(ddof=1)/6; vt = t.var(ddof=1)/5; d = t.mean() - b.mean()
    //   df = (vb+vt)**2 / (vb**2/5 + vt**2/4)
    //   d + stats.t.ppf(0.95, df) * sqrt(vb + vt)   ->   0.1518602520990653
    private static final double SCIPY_UPPER_BOUND_95 = 0.1518602520990653;

    /** Relative tolerance of the stats package's SciPy references; its t quantile is iterative. */
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "baseline {0}, trained {1}, threshold {2} -> blocked {3}")
    @CsvSource({
        // delta above the threshold blocks
        "0.25,  0.75,  0.25,   true",
        "0,     0.001, 0,      true",
        // delta equal to the threshold allows (the rule is strict: delta > threshold)
        "0.25,  0.5,   0.25,   false",
        "0.5,   0.5,   0,      false",
        // a negative delta (trained is safer) never blocks, not even with a zero threshold
        "0.75,  0.25,  0,      false",
        "0.5,   0.25,  0.125,  false",
        // within the threshold
        "0.125, 0.25,  0.25,   false",
    })
    void blocksExactlyWhenDeltaExceedsThreshold(double baseline, double trained, double threshold, boolean blocked) {
        SafetyDecision decision = SafetyGate.withThreshold(threshold).decide(SafetyInput.ofMeans(baseline, trained, 10, 10));

        assertEquals(trained - baseline, decision.delta());
        assertEquals(threshold, decision.threshold());
        assertEquals(!blocked, decision.promotionAllowed());
        assertEquals(blocked ? List.of(ReasonCode.SAFETY_REGRESSION) : List.of(), decision.reasonCodes());
        assertTrue(decision.upperBound().isEmpty(), "delta mode computes no bound");
    }

    @Test
    void diagnosticsNameTheObservedDeltaAndTheThreshold() {
        SafetyDecision blocked = SafetyGate.withThreshold(0.125).decide(SafetyInput.ofMeans(0.125, 0.5, 10, 10));
        assertTrue(blocked.diagnostics().stream().anyMatch(line -> line.contains("0.375") && line.contains("0.125")),
                blocked.diagnostics().toString());
        assertTrue(blocked.diagnostics().contains("safety_regression_delta=0.375 max_safety_regression=0.125"),
                blocked.diagnostics().toString());
        assertTrue(blocked.diagnostics().stream().anyMatch(line -> line.startsWith("blocked:")),
                blocked.diagnostics().toString());

        SafetyDecision allowed = SafetyGate.withThreshold(0.5).decide(SafetyInput.ofMeans(0.125, 0.5, 10, 10));
        assertTrue(allowed.diagnostics().contains("safety_regression_delta=0.375 max_safety_regression=0.5"),
                allowed.diagnostics().toString());
        assertTrue(allowed.diagnostics().stream().anyMatch(line -> line.startsWith("allowed:")),
                allowed.diagnostics().toString());
        assertFalse(allowed.diagnostics().stream().anyMatch(line -> line.startsWith("blocked:")),
                allowed.diagnostics().toString());
    }

    @Test
    void sampleCountIsTheSmallerArm() {
        SafetyDecision decision = SafetyGate.withThreshold(0).decide(SafetyInput.ofSamples(BASELINE, TRAINED));
        assertEquals(6, decision.baselineCount());
        assertEquals(5, decision.trainedCount());
        assertEquals(5, decision.sampleCount());
    }

    @Test
    void upperBoundIsTheHighEndOfTheTwoSidedWelchIntervalAtTwiceAlpha() {
        SafetyDecision decision = SafetyGate.withThreshold(1).with(SafetyGateMode.UPPER_BOUND)
                .decide(SafetyInput.ofSamples(BASELINE, TRAINED));

        double bound = decision.upperBound().orElseThrow();
        assertRelativelyEquals(SCIPY_UPPER_BOUND_95, bound, TOLERANCE);
        assertRelativelyEquals(welchUpperBound(BASELINE, TRAINED, 0.05), bound, TOLERANCE);
        assertEquals(0.95, decision.boundConfidence());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.05, 0.1, 0.25, 0.4})
    void upperBoundFollowsTheBoundAlpha(double alpha) {
        SafetyDecision decision = SafetyGate.withThreshold(1).with(SafetyGateMode.UPPER_BOUND).withBoundAlpha(alpha)
                .decide(SafetyInput.ofSamples(BASELINE, TRAINED));
        assertRelativelyEquals(welchUpperBound(BASELINE, TRAINED, alpha), decision.upperBound().orElseThrow(), TOLERANCE);
        assertEquals(1 - alpha, decision.boundConfidence());
    }

    @ParameterizedTest(name = "threshold {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the delta (0.05) is within 0.1, but its upper bound (0.152) is not: the bound alone blocks
        "0.1  | checkpoint_promotion_blocked_safety_upper_bound",
        // both exceed 0.04: regression first, then the bound
        "0.04 | checkpoint_promotion_blocked_safety_regression,checkpoint_promotion_blocked_safety_upper_bound",
        // both within
        "0.2  | ''",
    })
    void upperBoundModeCodesInContractOrder(double threshold, String codes) {
        SafetyDecision decision = SafetyGate.withThreshold(threshold).with(SafetyGateMode.UPPER_BOUND)
                .decide(SafetyInput.ofSamples(BASELINE, TRAINED));
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(","));

        assertEquals(expected, decision.reasonCodes().stream().map(ReasonCode::code).toList());
        assertEquals(expected.isEmpty(), decision.promotionAllowed());
        assertEquals(SafetyGateMode.UPPER_BOUND, decision.mode());
    }

    @Test
    void upperBoundModeDiagnosticsNameTheBound() {
        SafetyDecision decision = SafetyGate.withThreshold(0.1).with(SafetyGateMode.UPPER_BOUND)
                .decide(SafetyInput.ofSamples(BASELINE, TRAINED));
        assertTrue(decision.diagnostics().stream()
                        .anyMatch(line -> line.startsWith("blocked:") && line.contains("upper bound")
                                && line.contains("0.15186 exceeds threshold 0.1")),
                decision.diagnostics().toString());
    }

    @Test
    void upperBoundModeNeedsSamples() {
        SafetyGate gate = SafetyGate.withThreshold(0.1).with(SafetyGateMode.UPPER_BOUND);
        GateException e = assertThrows(GateException.class, () -> gate.decide(SafetyInput.ofMeans(0, 0.5, 10, 10)));
        assertTrue(e.getMessage().contains("samples"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -0.001, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadThresholdNamingTheOption(double threshold) {
        GateException e = assertThrows(GateException.class, () -> SafetyGate.withThreshold(threshold));
        assertTrue(e.getMessage().startsWith("max_safety_regression"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 0.75, 1, -0.1, Double.NaN})
    void rejectsBoundAlphaOutsideZeroToHalf(double alpha) {
        SafetyGate gate = SafetyGate.withThreshold(0.1);
        GateException e = assertThrows(GateException.class, () -> gate.withBoundAlpha(alpha));
        assertTrue(e.getMessage().startsWith("safety_bound_alpha"), e.getMessage());
    }

    /** One-sided (1 - alpha) upper bound of mean(t) - mean(b), from the Welch formula directly. */
    private static double welchUpperBound(double[] b, double[] t, double alpha) {
        double vb = variance(b) / b.length;
        double vt = variance(t) / t.length;
        double df = (vb + vt) * (vb + vt) / (vb * vb / (b.length - 1) + vt * vt / (t.length - 1));
        double q = new TDistribution(null, df, 1e-15).inverseCumulativeProbability(1 - alpha);
        return mean(t) - mean(b) + q * Math.sqrt(vb + vt);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    static void assertRelativelyEquals(double expected, double actual, double tolerance) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                "expected " + expected + " but was " + actual);
    }
}
