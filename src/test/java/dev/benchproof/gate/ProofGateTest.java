package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof gate against the contract: four criteria, reasons in the contract's order. Every number is a
 * binary fraction, so "exactly at the threshold" is exact.
 */
class ProofGateTest {

    private static final double BASELINE_REWARD = 1.0;
    private static final double MIN_REWARD_DELTA = 0.5;
    private static final double MAX_P = 0.03125;

    /** One row of the truth table: which of the four criteria fail. */
    record Case(boolean reward, boolean safety, boolean p, boolean confidence) {

        // A passing criterion sits exactly on its threshold, so every row also checks that equality passes.
        double trainedReward() {
            return BASELINE_REWARD + (reward ? 0.25 : MIN_REWARD_DELTA);
        }

        double pValue() {
            return p ? 0.0625 : MAX_P;
        }

        double minConfidence() {
            return (1 - pValue()) + (confidence ? 0.015625 : 0);
        }

        SafetyDecision safetyDecision() {
            return SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0.125, safety ? 0.375 : 0.125, 20, 20));
        }

        ProofCriteria criteria() {
            return new ProofCriteria(MIN_REWARD_DELTA, 0, MAX_P, minConfidence());
        }

        List<String> expectedReasons() {
            List<String> out = new ArrayList<>();
            if (reward) {
                out.add("reward_gain_below_threshold");
            }
            if (safety) {
                out.add("checkpoint_promotion_blocked_safety_regression");
            }
            if (p) {
                out.add("p_value_above_threshold");
            }
            if (confidence) {
                out.add("confidence_below_threshold");
            }
            return out;
        }

        @Override
        public String toString() {
            return "fail reward=" + reward + " safety=" + safety + " p=" + p + " confidence=" + confidence;
        }
    }

    static Stream<Case> everyCombination() {
        return IntStream.range(0, 16).mapToObj(i -> new Case((i & 8) != 0, (i & 4) != 0, (i & 2) != 0, (i & 1) != 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombination")
    void reasonsInContractOrder(Case c) {
        SignificanceOutcome outcome = Outcomes.of(BASELINE_REWARD, c.trainedReward(), c.pValue(), 0.125);
        ProofVerdict verdict = ProofGate.judge(c.criteria(), outcome, c.safetyDecision());

        assertEquals(c.expectedReasons(), verdict.reasons().stream().map(ReasonCode::code).toList());
        assertEquals(verdict.reasons(), verdict.details().stream().map(FailureReason::code).toList());
        assertEquals(c.expectedReasons().isEmpty(), verdict.pass());
        assertEquals(c.trainedReward() - BASELINE_REWARD, verdict.rewardDelta());
        assertEquals(c.safety() ? 0.25 : 0, verdict.safetyRegression());
        if (verdict.pass()) {
            assertTrue(verdict.summary().startsWith("Benchmark proof criteria satisfied"), verdict.summary());
        } else {
            assertTrue(verdict.summary().startsWith("Benchmark proof did not meet criteria: "
                    + c.expectedReasons().size() + " failed (" + String.join(", ", c.expectedReasons()) + ")"),
                    verdict.summary());
        }
    }

    @Test
    void passHasEmptyReasonsAndNoDetails() {
        Case allPass = new Case(false, false, false, false);
        ProofVerdict verdict = ProofGate.judge(allPass.criteria(),
                Outcomes.of(BASELINE_REWARD, allPass.trainedReward(), allPass.pValue(), 0.125), allPass.safetyDecision());
        assertTrue(verdict.pass());
        assertEquals(List.of(), verdict.reasons());
        assertEquals(List.of(), verdict.details());
        assertTrue(verdict.summary().contains("criteria satisfied"), verdict.summary());
        assertTrue(verdict.episodesNeededPerArm().isEmpty());
    }

    @Test
    void detailsCarryObservedAndThreshold() {
        Case allFail = new Case(true, true, true, true);
        ProofVerdict verdict = ProofGate.judge(allFail.criteria(),
                Outcomes.of(BASELINE_REWARD, allFail.trainedReward(), allFail.pValue(), 0.125), allFail.safetyDecision());
        List<FailureReason> d = verdict.details();

        assertEquals(List.of(0.25, 0.25, 0.0625, 0.9375), d.stream().map(FailureReason::observed).toList());
        assertEquals(List.of(0.5, 0.0, 0.03125, 0.953125), d.stream().map(FailureReason::threshold).toList());
        assertTrue(d.get(0).message().contains("0.25") && d.get(0).message().contains("0.5"), d.get(0).message());
        assertTrue(d.get(1).message().contains("0.25 exceeds max_safety_regression 0"), d.get(1).message());
        assertTrue(d.get(2).message().contains("0.0625") && d.get(2).message().contains("0.03125"), d.get(2).message());
        assertTrue(d.get(3).message().contains("0.9375") && d.get(3).message().contains("0.953125"),
                d.get(3).message());
    }

    @ParameterizedTest(name = "reward delta {0} against min {1} -> fails {2}")
    @CsvSource({"0.5, 0.5, false", "0.4375, 0.5, true", "0, 0, false", "-0.25, 0, true", "0.75, 0.5, false"})
    void rewardCriterionIsStrictlyBelow(double delta, double min, boolean fails) {
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(min, 0, 1, 0), Outcomes.of(1, 1 + delta, 0.5, -1),
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 2, 2)));
        assertEquals(fails, verdict.reasons().contains(ReasonCode.REWARD_GAIN_BELOW_THRESHOLD));
    }

    @ParameterizedTest(name = "p {0} against max {1} -> fails {2}")
    @CsvSource({"0.05, 0.05, false", "0.0500001, 0.05, true", "0, 0, false", "1, 1, false", "0.5, 0.25, true"})
    void pValueCriterionIsStrictlyAbove(double p, double max, boolean fails) {
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(0, 0, max, 0), Outcomes.of(1, 2, p, 0.5),
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 2, 2)));
        assertEquals(fails ? List.of(ReasonCode.P_VALUE_ABOVE_THRESHOLD) : List.of(), verdict.reasons());
    }

    @ParameterizedTest(name = "p {0} (confidence 1 - p) against min {1} -> fails {2}")
    @CsvSource({"0.25, 0.75, false", "0.25, 0.7500001, true", "0.05, 0.95, false", "0, 1, false", "1, 0, false"})
    void confidenceCriterionIsStrictlyBelow(double p, double min, boolean fails) {
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(0, 0, 1, min), Outcomes.of(1, 2, p, 0.5),
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 2, 2)));
        assertEquals(fails ? List.of(ReasonCode.CONFIDENCE_BELOW_THRESHOLD) : List.of(), verdict.reasons());
    }

    @Test
    void upperBoundSafetyCodesKeepTheirPlaceAndObserveTheBound() {
        double[] baseline = {0.10, 0.20, 0.00, 0.10, 0.30, 0.20};
        double[] trained = {0.20, 0.10, 0.30, 0.25, 0.15};
        SafetyDecision safety = SafetyGate.withThreshold(0.04).with(SafetyGateMode.UPPER_BOUND)
                .decide(SafetyInput.ofSamples(baseline, trained));
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(0.5, 0.04, 0.03125, 0.99),
                Outcomes.of(1, 1.25, 0.0625, -0.1), safety);

        assertEquals(List.of(ReasonCode.REWARD_GAIN_BELOW_THRESHOLD, ReasonCode.SAFETY_REGRESSION,
                ReasonCode.SAFETY_UPPER_BOUND, ReasonCode.P_VALUE_ABOVE_THRESHOLD,
                ReasonCode.CONFIDENCE_BELOW_THRESHOLD), verdict.reasons());
        assertEquals(safety.delta(), verdict.details().get(1).observed());
        assertEquals(safety.upperBound().orElseThrow(), verdict.details().get(2).observed());
        assertEquals(0.04, verdict.details().get(2).threshold());
    }

    @ParameterizedTest(name = "p {0}, ci low {1}, min delta {2} -> sized {3}")
    @CsvSource({
        // the proof's p criterion holds: nothing to size, whatever the interval at --alpha says (issue 13:
        // a passing proof printed a sizing line when --alpha < --max-p-value)
        "0.01, 0.125, 0.5,  false",
        "0.05, 0.125, 0.5,  false",
        "0.01, -0.125, 0.5, false",
        "0.01, 0,     0.5,  false",
        // p above max_p_value with a minimum gain set: sized
        "0.06, 0.125, 0.5,  true",
        "0.06, -0.125, 0.5, true",
        // no minimum gain: nothing to size it for
        "0.06, -0.125, 0,   false",
    })
    void episodesNeededExactlyWhenThePValueCriterionFailsAndAMinimumGainIsSet(double p, double ciLow, double minDelta,
                                                                     boolean sized) {
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(minDelta, 0, 0.05, 0),
                Outcomes.of(1, 1.5, p, ciLow), SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 2, 2)));
        assertEquals(sized, verdict.episodesNeededPerArm().isPresent());
        if (sized) {
            // variance 0.25 per arm, gain 0.5, two-sided alpha 0.05, power 0.8, Welch df 2(n-1): SciPy 1.10
            // stats.nct.sf(c, df, ncp) + stats.nct.cdf(-c, df, ncp), c = t.ppf(0.975, df), ncp = 0.5/sqrt(0.5/n):
            // 0.7814 at n = 16, 0.8070 at n = 17 (the normal approximation said 16)
            assertEquals(17, verdict.episodesNeededPerArm().getAsLong());
        }
    }

    @Test
    void sizingIsExplainedInThePValueReason() {
        ProofVerdict verdict = ProofGate.judge(new ProofCriteria(0.5, 0, 0.05, 0.95), Outcomes.of(1, 1.5, 0.25, -0.1),
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 2, 2)));
        assertEquals(List.of(ReasonCode.P_VALUE_ABOVE_THRESHOLD, ReasonCode.CONFIDENCE_BELOW_THRESHOLD),
                verdict.reasons());
        assertTrue(verdict.details().get(0).message().contains("about 17 episodes per arm"),
                verdict.details().get(0).message());
    }

    @Test
    void clearGainOnRealSamplesPassesTheDefaults() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 1)
                .evaluate(new double[] {0.20, 0.22, 0.24, 0.21, 0.23}, new double[] {0.30, 0.29, 0.32, 0.31, 0.28});
        ProofVerdict verdict = ProofGate.judge(ProofCriteria.DEFAULTS, outcome,
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 5, 5)));
        assertTrue(verdict.pass(), verdict.summary());
        assertFalse(verdict.episodesNeededPerArm().isPresent());
    }

    @Test
    void criteriaRejectOutOfRangeThresholdsNamingTheOption() {
        assertOption("min_reward_delta", () -> new ProofCriteria(-0.1, 0, 0.05, 0.95));
        assertOption("max_safety_regression", () -> new ProofCriteria(0.05, Double.NaN, 0.05, 0.95));
        assertOption("max_p_value", () -> new ProofCriteria(0.05, 0, 1.5, 0.95));
        assertOption("min_confidence_level", () -> new ProofCriteria(0.05, 0, 0.05, Double.POSITIVE_INFINITY));
    }

    private static void assertOption(String option, Runnable construct) {
        GateException e = assertThrows(GateException.class, construct::run);
        assertTrue(e.getMessage().startsWith(option + " "), e.getMessage());
    }
}
