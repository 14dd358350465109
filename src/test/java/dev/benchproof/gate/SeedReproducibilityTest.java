package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed reproducibility; all numbers are binary fractions, so band edges are exact. */
class SeedReproducibilityTest {

    // At size 100: p in {0.125, 0.25, 0.1875} (range 0.125), delta in {0.5, 0.25, 0.375} (range 0.25).
    private final List<Observation> observations = List.of(
            obs(1, 100, 0.125, 0.5), obs(2, 100, 0.25, 0.25), obs(3, 100, 0.1875, 0.375),
            obs(1, 50, 0.5, 1), obs(2, 50, 0, 0),
            obs(1, 200, 0.03125, 0.0625));

    @Test
    void rangesAcrossSeedsAtTheChosenSize() {
        SeedReproducibility r = SeedReproducibility.evaluate(observations, OptionalLong.of(100), 1, 1).orElseThrow();
        assertEquals(100, r.sampleSize());
        assertEquals(3, r.runCount());
        assertEquals(0.125, r.pValueRange());
        assertEquals(0.25, r.rewardDeltaRange());
        assertTrue(r.withinBand());
    }

    @Test
    void automaticChoiceIsTheLargestSizeWithTwoRuns() {
        // 200 has one run, so 100 (three runs) wins over 50 (two runs)
        SeedReproducibility r = SeedReproducibility.evaluate(observations, OptionalLong.empty(), 1, 1).orElseThrow();
        assertEquals(100, r.sampleSize());
        assertEquals(3, r.runCount());
    }

    @Test
    void explicitChoiceWinsOverTheAutomaticOne() {
        SeedReproducibility r = SeedReproducibility.evaluate(observations, OptionalLong.of(50), 1, 1).orElseThrow();
        assertEquals(50, r.sampleSize());
        assertEquals(0.5, r.pValueRange());
        assertEquals(1, r.rewardDeltaRange());
    }

    @Test
    void emptyWhenNoSizeHasTwoRunsAndNoneWasAsked() {
        assertTrue(SeedReproducibility.evaluate(List.of(obs(1, 10, 0.1, 0.1), obs(1, 20, 0.1, 0.1)),
                OptionalLong.empty(), 1, 1).isEmpty());
        assertTrue(SeedReproducibility.evaluate(List.of(), OptionalLong.empty(), 1, 1).isEmpty());
    }

    @ParameterizedTest(name = "sample size {0}")
    @CsvSource({"200, 1", "300, 0"})
    void explicitSizeWithTooFewRunsIsAnError(long size, int found) {
        GateException e = assertThrows(GateException.class,
                () -> SeedReproducibility.evaluate(observations, OptionalLong.of(size), 1, 1));
        assertTrue(e.getMessage().contains(size + " must have at least two seed runs, found " + found), e.getMessage());
    }

    @ParameterizedTest(name = "limits p {0}, delta {1} -> within {2}")
    @CsvSource({
        "0.125,     0.25,      true",   // both exactly on their limit: inclusive
        "0.1249999, 0.25,      false",
        "0.125,     0.2499999, false",
        "1,         0,         false",
    })
    void bandEdgesAreInclusive(double maxP, double maxDelta, boolean within) {
        SeedReproducibility r = SeedReproducibility.evaluate(observations, OptionalLong.of(100), maxP, maxDelta)
                .orElseThrow();
        assertEquals(within, r.withinBand());
        assertEquals(maxP, r.maxPValueRange());
        assertEquals(maxDelta, r.maxRewardDeltaRange());
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertMessage("max_p_value_range",
                () -> SeedReproducibility.evaluate(observations, OptionalLong.empty(), 1.5, 1));
        assertMessage("max_p_value_range",
                () -> SeedReproducibility.evaluate(observations, OptionalLong.empty(), Double.NaN, 1));
        assertMessage("max_reward_delta_range",
                () -> SeedReproducibility.evaluate(observations, OptionalLong.empty(), 0.5, -1));
        assertMessage("max_reward_delta_range", () -> SeedReproducibility.evaluate(observations,
                OptionalLong.empty(), 0.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void observationsAreChecked() {
        assertMessage("sample_size ", () -> obs(1, 0, 0.5, 0));
        assertMessage("p_value ", () -> obs(1, 10, 1.25, 0));
        assertMessage("p_value ", () -> obs(1, 10, -0.25, 0));
        assertMessage("reward_delta ", () -> obs(1, 10, 0.5, Double.NaN));
        assertFalse(obs(1, 1, 0, -5).rewardDelta() > 0, "a negative delta is a valid observation");
    }

    private static Observation obs(long seed, long size, double p, double delta) {
        return new Observation(seed, size, p, delta);
    }

    private static void assertMessage(String prefix, Runnable call) {
        GateException e = assertThrows(GateException.class, call::run);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
