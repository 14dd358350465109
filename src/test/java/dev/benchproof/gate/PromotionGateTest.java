package dev.benchproof.gate;

import static dev.benchproof.gate.ReasonCode.SAFETY_REGRESSION;
import static dev.benchproof.gate.ReasonCode.SAMPLE_SENSITIVITY;
import static dev.benchproof.gate.ReasonCode.SEED_REPRODUCIBILITY;
import static dev.benchproof.gate.Requirement.NOT_REQUIRED;
import static dev.benchproof.gate.Requirement.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromotionGateTest {

    private static final Optional<SeedReproducibility> SEEDS_IN = Optional.of(seeds(true));
    private static final Optional<SeedReproducibility> SEEDS_OUT = Optional.of(seeds(false));
    private static final Optional<SampleSizeSensitivity> SIZES_IN = Optional.of(sensitivity(true));
    private static final Optional<SampleSizeSensitivity> SIZES_OUT = Optional.of(sensitivity(false));

    /** Safety, seeds, sizes: each section absent, within band or out of band, each required or not. */
    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean unsafe : new boolean[] {false, true}) {
            for (Requirement seedRule : Requirement.values()) {
                for (Optional<SeedReproducibility> seeds : List.of(Optional.<SeedReproducibility>empty(), SEEDS_IN,
                        SEEDS_OUT)) {
                    for (Requirement sizeRule : Requirement.values()) {
                        for (Optional<SampleSizeSensitivity> sizes : List.of(Optional.<SampleSizeSensitivity>empty(),
                                SIZES_IN, SIZES_OUT)) {
                            List<ReasonCode> expected = new ArrayList<>();
                            if (unsafe) {
                                expected.add(SAFETY_REGRESSION);
                            }
                            // required and (missing or out of band) blocks: the gate fails closed
                            if (seedRule == REQUIRED && seeds != SEEDS_IN) {
                                expected.add(SEED_REPRODUCIBILITY);
                            }
                            if (sizeRule == REQUIRED && sizes != SIZES_IN) {
                                expected.add(SAMPLE_SENSITIVITY);
                            }
                            rows.add(Arguments.of(unsafe, seedRule, seeds, sizeRule, sizes, expected));
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "unsafe {0}, seeds {1} {2}, sizes {3} {4} -> {5}")
    @MethodSource("table")
    void codesInContractOrder(boolean unsafe, Requirement seedRule, Optional<SeedReproducibility> seeds,
                              Requirement sizeRule, Optional<SampleSizeSensitivity> sizes, List<ReasonCode> expected) {
        PromotionDecision decision = PromotionGate.decide(new PromotionPolicy(0.05, seedRule, sizeRule),
                unsafe ? 0.25 : 0.05, seeds, sizes);

        assertEquals(expected, decision.reasonCodes());
        assertEquals(expected.isEmpty(), decision.promotionAllowed());
        assertEquals(unsafe ? 0.25 : 0.05, decision.safetyRegression());
        assertEquals(0.05, decision.maxSafetyRegression());
    }

    @Test
    void safetyAtTheThresholdAllows() {
        PromotionPolicy policy = new PromotionPolicy(0.125, NOT_REQUIRED, NOT_REQUIRED);
        assertTrue(PromotionGate.decide(policy, 0.125, Optional.empty(), Optional.empty()).promotionAllowed());
        assertEquals(List.of(SAFETY_REGRESSION),
                PromotionGate.decide(policy, 0.1250001, Optional.empty(), Optional.empty()).reasonCodes());
        assertTrue(PromotionGate.decide(policy, -3, Optional.empty(), Optional.empty()).promotionAllowed());
    }

    @Test
    void rejectsBadInput() {
        GateException policy = assertThrows(GateException.class,
                () -> new PromotionPolicy(-0.01, NOT_REQUIRED, NOT_REQUIRED));
        assertTrue(policy.getMessage().startsWith("max_safety_regression"), policy.getMessage());
        assertThrows(GateException.class, () -> PromotionGate.decide(new PromotionPolicy(0, NOT_REQUIRED, NOT_REQUIRED),
                Double.NaN, Optional.empty(), Optional.empty()));
    }

    @Test
    void decisionKeepsCodesAsGivenAndIsImmutable() {
        List<ReasonCode> given = new ArrayList<>(List.of(SAMPLE_SENSITIVITY, SAFETY_REGRESSION));
        PromotionDecision decision = new PromotionDecision(0.5, 0.1, given);
        given.clear();
        assertEquals(List.of(SAMPLE_SENSITIVITY, SAFETY_REGRESSION), decision.reasonCodes());
        assertThrows(UnsupportedOperationException.class, () -> decision.reasonCodes().add(SEED_REPRODUCIBILITY));
    }

    private static SeedReproducibility seeds(boolean within) {
        return new SeedReproducibility(100, 3, 0.01, 0.02, within, 0.05, 0.05);
    }

    private static SampleSizeSensitivity sensitivity(boolean within) {
        return new SampleSizeSensitivity(7, List.of(new SampleSizeSensitivity.Point(10, 0.1, 0.2),
                new SampleSizeSensitivity.Point(20, 0.05, 0.25)), 0.05, 0.05, within, 0.1, 0.1);
    }
}
