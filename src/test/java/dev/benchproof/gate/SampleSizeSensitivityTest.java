package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.gate.SampleSizeSensitivity.Point;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sample-size sensitivity; all numbers are binary fractions, so band edges are exact. */
class SampleSizeSensitivityTest {

    // Seed 7 at three sizes, given out of order, with two runs at size 100 to be averaged.
    private final List<Observation> observations = List.of(
            obs(7, 200, 0.125, 0.5),
            obs(7, 50, 0.5, 0.25),
            obs(7, 100, 0.25, 0.25), obs(7, 100, 0.125, 0.5),
            obs(3, 100, 0.5, 0.5),
            obs(5, 100, 0.5, 0.5), obs(5, 400, 0.25, 0.625),
            obs(9, 10, 0, 0), obs(9, 20, 0, 0), obs(9, 30, 0, 0));

    @Test
    void pointsAscendWithMeansPerSize() {
        SampleSizeSensitivity s = SampleSizeSensitivity.evaluate(observations, OptionalLong.of(7), 1, 1)
                .orElseThrow();
        assertEquals(7, s.seed());
        assertEquals(List.of(new Point(50, 0.5, 0.25), new Point(100, 0.1875, 0.375), new Point(200, 0.125, 0.5)),
                s.points());
    }

    @Test
    void driftIsTheLargestChangeBetweenNeighbours() {
        SampleSizeSensitivity s = SampleSizeSensitivity.evaluate(observations, OptionalLong.of(7), 1, 1)
                .orElseThrow();
        // p: 0.5 -> 0.1875 -> 0.125 (changes 0.3125, 0.0625); delta: 0.25 -> 0.375 -> 0.5 (0.125, 0.125)
        assertEquals(0.3125, s.maxPValueDrift());
        assertEquals(0.125, s.maxRewardDeltaDrift());
    }

    @Test
    void automaticChoiceIsTheSmallestSeedWithTwoSizes() {
        // seed 3 has one size; 5 has two; 7 and 9 have three
        SampleSizeSensitivity s = SampleSizeSensitivity.evaluate(observations, OptionalLong.empty(), 1, 1)
                .orElseThrow();
        assertEquals(5, s.seed());
        assertEquals(List.of(new Point(100, 0.5, 0.5), new Point(400, 0.25, 0.625)), s.points());
        assertEquals(0.25, s.maxPValueDrift());
        assertEquals(0.125, s.maxRewardDeltaDrift());
    }

    @Test
    void emptyWhenNoSeedHasTwoSizesAndNoneWasAsked() {
        assertTrue(SampleSizeSensitivity.evaluate(List.of(obs(1, 10, 0.1, 0.1), obs(2, 20, 0.1, 0.1)),
                OptionalLong.empty(), 1, 1).isEmpty());
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"3, 1", "42, 0"})
    void explicitSeedWithTooFewSizesIsAnError(long seed, int found) {
        GateException e = assertThrows(GateException.class,
                () -> SampleSizeSensitivity.evaluate(observations, OptionalLong.of(seed), 1, 1));
        assertTrue(e.getMessage().contains("seed " + seed) && e.getMessage().endsWith("found " + found),
                e.getMessage());
    }

    @ParameterizedTest(name = "limits p {0}, delta {1} -> within {2}")
    @CsvSource({
        "0.3125,    0.125,     true",   // both exactly on their limit: inclusive
        "0.3124999, 0.125,     false",
        "0.3125,    0.1249999, false",
        "1,         1,         true",
    })
    void bandEdgesAreInclusive(double pLimit, double deltaLimit, boolean within) {
        SampleSizeSensitivity s = SampleSizeSensitivity.evaluate(observations, OptionalLong.of(7), pLimit,
                deltaLimit).orElseThrow();
        assertEquals(within, s.withinBand());
        assertEquals(pLimit, s.pValueDriftLimit());
        assertEquals(deltaLimit, s.rewardDeltaDriftLimit());
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertMessage("max_p_value_drift",
                () -> SampleSizeSensitivity.evaluate(observations, OptionalLong.empty(), -0.1, 1));
        assertMessage("max_reward_delta_drift",
                () -> SampleSizeSensitivity.evaluate(observations, OptionalLong.empty(), 0.5, Double.NaN));
    }

    private static Observation obs(long seed, long size, double p, double delta) {
        return new Observation(seed, size, p, delta);
    }

    private static void assertMessage(String prefix, Runnable call) {
        GateException e = assertThrows(GateException.class, call::run);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
