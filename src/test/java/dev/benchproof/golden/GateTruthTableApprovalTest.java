package dev.benchproof.golden;

import dev.benchproof.gate.ManifestGate;
import dev.benchproof.gate.ManifestQualityDecision;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.gate.PromotionGate;
import dev.benchproof.gate.PromotionPolicy;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.gate.Requirement;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyGateMode;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gates' reason codes as approved truth tables, one row per input combination
 * ({@code [inputs] => codes}), so a reviewer sees any change to a decision as a changed row.
 * Approved files live in {@code golden/gates/}.
 */
class GateTruthTableApprovalTest {

    private static final Path DIR = GoldenCase.root().resolve("gates");

    @Test
    void promotionGate() {
        StringBuilder table = new StringBuilder("[safety_regression, seeds, seed_band, sensitivity, sensitivity_band]"
                + " => promotion_allowed reason_codes (max_safety_regression 0.05)\n");
        for (double regression : new double[] {0.0, 0.05, 0.06}) {
            for (Requirement seeds : Requirement.values()) {
                for (String seedBand : List.of("absent", "within", "outside")) {
                    for (Requirement sensitivity : Requirement.values()) {
                        for (String sensitivityBand : List.of("absent", "within", "outside")) {
                            PromotionDecision decision = PromotionGate.decide(
                                    new PromotionPolicy(0.05, seeds, sensitivity), regression,
                                    seeds(seedBand), sensitivity(sensitivityBand));
                            table.append(row(List.of(regression, seeds, seedBand, sensitivity, sensitivityBand),
                                    decision.promotionAllowed(), decision.reasonCodes()));
                        }
                    }
                }
            }
        }
        GoldenApprovals.verify(table.toString(), DIR, "promotion-gate", ".txt");
    }

    @Test
    void safetyGate() {
        // Binary fractions, so "at the threshold" is exactly at it (0.12 - 0.10 is not 0.02 in doubles).
        StringBuilder table = new StringBuilder("[mode, baseline_penalties, trained_penalties] =>"
                + " promotion_allowed reason_codes (max_safety_regression 0.0625)\n");
        double[] steady = {0.25, 0.25, 0.25, 0.25};
        double[] spread = {0.25, 0.5, 0.375, 0.125};
        List<double[][]> cases = List.of(
                new double[][] {steady, steady},                                    // delta 0, bound 0
                new double[][] {steady, {0.3125, 0.3125, 0.3125, 0.3125}},         // delta and bound at the threshold
                new double[][] {steady, {0.375, 0.375, 0.375, 0.375}},             // delta above
                new double[][] {spread, {0.0, 0.75, 0.5, 0.125}});                 // delta within, bound above
        for (SafetyGateMode mode : SafetyGateMode.values()) {
            for (double[][] pair : cases) {
                SafetyDecision decision = SafetyGate.withThreshold(0.0625).with(mode)
                        .decide(SafetyInput.ofSamples(pair[0], pair[1]));
                table.append(row(List.of(mode.label(), Arrays.toString(pair[0]), Arrays.toString(pair[1])),
                        decision.promotionAllowed(), decision.reasonCodes()));
            }
        }
        GoldenApprovals.verify(table.toString(), DIR, "safety-gate", ".txt");
    }

    @Test
    void manifestGate() {
        StringBuilder table = new StringBuilder("[valid, invalid, min_valid_entries, max_invalid_ratio]"
                + " => pass reason_codes\n");
        for (long valid : new long[] {0, 1, 4}) {
            for (long invalid : new long[] {0, 1, 4}) {
                for (long minValid : new long[] {0, 1, 2}) {
                    for (double maxRatio : new double[] {0.0, 0.2, 0.5}) {
                        ManifestQualityDecision decision = ManifestGate.judge(valid, invalid, minValid, maxRatio);
                        table.append(row(List.of(valid, invalid, minValid, maxRatio), decision.pass(),
                                decision.reasonCodes()));
                    }
                }
            }
        }
        GoldenApprovals.verify(table.toString(), DIR, "manifest-gate", ".txt");
    }

    private static Optional<SeedReproducibility> seeds(String band) {
        return band.equals("absent") ? Optional.empty()
                : Optional.of(new SeedReproducibility(200, 3, 0.01, 0.02, band.equals("within"), 0.05, 0.05));
    }

    private static Optional<SampleSizeSensitivity> sensitivity(String band) {
        return band.equals("absent") ? Optional.empty()
                : Optional.of(new SampleSizeSensitivity(7, List.of(new SampleSizeSensitivity.Point(100, 0.02, 0.1),
                        new SampleSizeSensitivity.Point(200, 0.03, 0.12)), 0.01, 0.02, band.equals("within"), 0.04, 0.08));
    }

    private static String row(List<?> inputs, boolean allowed, List<ReasonCode> codes) {
        return inputs + " => " + allowed + " " + codes + "\n";
    }
}
