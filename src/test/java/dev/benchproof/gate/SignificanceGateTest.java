package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Bootstrap;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.PairedTTest;
import dev.benchproof.stats.WelchTTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignificanceGateTest {

    // Paired by episode: each trained value is its baseline plus about 0.1, while the episodes vary a lot,
    // so the paired test sees a clear gain that Welch (blind to the pairing) does not.
    private static final double[] PAIRED_BASELINE = {1.0, 3.0, 2.0, 5.0, 4.0, 0.5};
    private static final double[] PAIRED_TRAINED = {1.1, 3.12, 2.09, 5.11, 4.1, 0.58};

    private static final SignificanceGate NO_BOOTSTRAP = SignificanceGate.withDefaults().withBootstrap(0, 1);

    @Test
    void independentDesignUsesWelch() {
        SignificanceOutcome outcome = NO_BOOTSTRAP.evaluate(PAIRED_BASELINE, PAIRED_TRAINED);
        WelchTTest.Result welch = WelchTTest.test(PAIRED_BASELINE, PAIRED_TRAINED, Alternative.TWO_SIDED, 0.05);

        assertEquals(SampleDesign.INDEPENDENT, outcome.design());
        assertTrue(outcome.pairedT().isEmpty());
        assertTrue(outcome.wilcoxon().isEmpty());
        assertEquals(welch.pValue(), outcome.pValue());
        assertEquals(welch.meanDelta(), outcome.meanDelta());
        assertEquals(welch.deltaInterval(), outcome.deltaInterval());
        assertFalse(outcome.pass(), "Welch cannot see this gain");
    }

    @Test
    void pairedDesignUsesThePairedT() {
        SignificanceOutcome outcome = NO_BOOTSTRAP.with(SampleDesign.PAIRED).evaluate(PAIRED_BASELINE, PAIRED_TRAINED);
        PairedTTest.Result paired = PairedTTest.test(PAIRED_BASELINE, PAIRED_TRAINED, Alternative.TWO_SIDED, 0.05);

        assertEquals(SampleDesign.PAIRED, outcome.design());
        assertTrue(outcome.wilcoxon().isPresent());
        assertEquals(paired.pValue(), outcome.pValue());
        assertEquals(paired.deltaInterval(), outcome.deltaInterval());
        assertNotEquals(outcome.welch().pValue(), outcome.pValue());
        assertTrue(outcome.pass(), "the paired interval excludes 0");
        assertEquals(paired.deltaInterval().low() > 0, outcome.pass());
    }

    @Test
    void pairedDesignNeedsEqualLengths() {
        SignificanceGate paired = NO_BOOTSTRAP.with(SampleDesign.PAIRED);
        GateException e = assertThrows(GateException.class,
                () -> paired.evaluate(new double[] {1, 2, 3}, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("3 baseline and 2 trained"), e.getMessage());
    }

    @Test
    void independentDesignTakesUnequalLengths() {
        SignificanceOutcome outcome = NO_BOOTSTRAP.evaluate(new double[] {1, 2, 3}, new double[] {4, 5});
        assertEquals(3, outcome.baseline().count());
        assertEquals(2, outcome.trained().count());
        assertEquals(2.5, outcome.meanDelta(), 1e-15);
    }

    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("clear gain", new double[] {0.20, 0.22, 0.24, 0.21, 0.23},
                        new double[] {0.30, 0.29, 0.32, 0.31, 0.28}),
                Arguments.of("no gain", new double[] {0.2, 0.5, 0.3, 0.4}, new double[] {0.25, 0.45, 0.35, 0.3}),
                Arguments.of("regression", new double[] {1, 1.1, 0.9}, new double[] {0.5, 0.6, 0.4}),
                Arguments.of("n = 2", new double[] {1, 2}, new double[] {3, 4}),
                Arguments.of("identical vectors", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}),
                Arguments.of("zero variance, gain", new double[] {1, 1, 1}, new double[] {2, 2}),
                Arguments.of("zero variance, no gain", new double[] {3, 3}, new double[] {3, 3, 3}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void passIsTheLowerEndAboveZeroAndConfidenceIsOneMinusP(String name, double[] baseline, double[] trained) {
        for (SignificanceGate gate : new SignificanceGate[] {NO_BOOTSTRAP, NO_BOOTSTRAP.with(Alternative.GREATER)}) {
            SignificanceOutcome outcome = gate.evaluate(baseline, trained);
            assertEquals(outcome.deltaInterval().low() > 0, outcome.pass(), name);
            assertEquals(1.0 - outcome.pValue(), outcome.confidenceLevel(), name);
            assertTrue(outcome.pValue() >= 0 && outcome.pValue() <= 1, name);
        }
    }

    @Test
    void clearGainPassesAndRegressionFails() {
        assertTrue(NO_BOOTSTRAP.evaluate(new double[] {0.20, 0.22, 0.24, 0.21, 0.23},
                new double[] {0.30, 0.29, 0.32, 0.31, 0.28}).pass());
        assertFalse(NO_BOOTSTRAP.evaluate(new double[] {1, 1.1, 0.9}, new double[] {0.5, 0.6, 0.4}).pass());
    }

    @Test
    void identicalVectorsGiveNoEvidence() {
        double[] x = {1, 2, 3, 4};
        SignificanceOutcome outcome = NO_BOOTSTRAP.evaluate(x, x.clone());
        assertEquals(0, outcome.meanDelta());
        assertEquals(1, outcome.pValue());
        assertEquals(0, outcome.confidenceLevel());
        assertFalse(outcome.pass());
        assertEquals(0, outcome.cohensD());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("issue 13: constant arms are degenerate: unbounded interval, p 1, no pass")
    void zeroVarianceArmsGiveADegenerateOutcomeThatNeverPasses() {
        SignificanceOutcome gain = NO_BOOTSTRAP.evaluate(new double[] {1, 1, 1}, new double[] {2, 2});
        assertTrue(gain.degenerate());
        assertEquals(Interval.UNBOUNDED, gain.deltaInterval());
        assertEquals(1, gain.meanDelta());
        assertEquals(0, gain.welch().statistic());
        assertEquals(1, gain.pValue());
        assertEquals(0, gain.confidenceLevel());
        assertFalse(gain.pass());

        SignificanceOutcome pairs = NO_BOOTSTRAP.with(SampleDesign.PAIRED).with(Alternative.GREATER)
                .evaluate(new double[] {1, 2, 3}, new double[] {2, 3, 4});
        assertTrue(pairs.degenerate(), "equal paired differences");
        assertFalse(pairs.pass());

        SignificanceOutcome same = NO_BOOTSTRAP.evaluate(new double[] {3, 3}, new double[] {3, 3, 3});
        assertTrue(same.degenerate());
        assertEquals(1, same.pValue());
        assertFalse(same.pass());
    }

    @Test
    void twoSamplesPerArmAreEnough() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(200, 7)
                .with(SampleDesign.PAIRED).evaluate(new double[] {1, 2}, new double[] {3, 4.5});
        assertEquals(2, outcome.baseline().count());
        assertTrue(outcome.pairedT().isPresent());
        assertTrue(outcome.bootstrap().isPresent());
    }

    @Test
    void bootstrapRunsWithItsSeedAndResamples() {
        double[] b = {0.20, 0.22, 0.24, 0.21, 0.23};
        double[] t = {0.30, 0.29, 0.32, 0.31, 0.28};
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(500, 42).evaluate(b, t);

        assertEquals(Bootstrap.meanDeltaInterval(b, t, 500, 42, 0.05), outcome.bootstrap().orElseThrow());
        assertEquals(500, outcome.bootstrapResamples());
        assertEquals(42, outcome.bootstrapSeed());
    }

    @Test
    void bootstrapSkippedWhenResamplesIsZero() {
        SignificanceOutcome outcome = NO_BOOTSTRAP.evaluate(new double[] {1, 2, 3}, new double[] {2, 3, 4});
        assertTrue(outcome.bootstrap().isEmpty());
        assertEquals(0, outcome.bootstrapResamples());
    }

    @Test
    void bootstrapSkippedOverTheDrawBudget() {
        // 4 samples in all: 500,000,001 resamples draw 2,000,000,004 values, 4 over the budget.
        int resamples = (int) (SignificanceGate.BOOTSTRAP_DRAW_BUDGET / 4 + 1);
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(resamples, 1)
                .evaluate(new double[] {1, 2}, new double[] {2, 3});
        assertTrue(outcome.bootstrap().isEmpty());

        SignificanceOutcome huge = SignificanceGate.withDefaults().withBootstrap(Integer.MAX_VALUE, 1)
                .evaluate(new double[] {1, 2}, new double[] {2, 3});
        assertTrue(huge.bootstrap().isEmpty(), "resamples times samples must not overflow into the budget");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.05, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAlphaOutsideTheOpenUnitInterval(double alpha) {
        GateException e = assertThrows(GateException.class, () -> SignificanceGate.withDefaults().withAlpha(alpha));
        assertTrue(e.getMessage().startsWith("alpha "), e.getMessage());
    }

    @Test
    void rejectsNegativeResamples() {
        GateException e = assertThrows(GateException.class, () -> SignificanceGate.withDefaults().withBootstrap(-1, 1));
        assertTrue(e.getMessage().startsWith("bootstrap_resamples"), e.getMessage());
    }

    @Test
    void alphaReachesEveryInterval() {
        double[] b = {0.20, 0.22, 0.24, 0.21, 0.23};
        double[] t = {0.30, 0.29, 0.32, 0.31, 0.28};
        SignificanceOutcome wide = NO_BOOTSTRAP.withAlpha(0.01).evaluate(b, t);
        SignificanceOutcome narrow = NO_BOOTSTRAP.withAlpha(0.2).evaluate(b, t);
        assertEquals(0.01, wide.alpha());
        assertEquals(WelchTTest.test(b, t, Alternative.TWO_SIDED, 0.01).deltaInterval(), wide.deltaInterval());
        assertTrue(wide.deltaInterval().low() < narrow.deltaInterval().low());
        assertEquals(wide.pValue(), narrow.pValue(), "alpha does not change the p-value");
    }
}
