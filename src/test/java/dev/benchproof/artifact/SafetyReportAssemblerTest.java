package dev.benchproof.artifact;

import static dev.benchproof.artifact.Artifacts.RUN;
import static dev.benchproof.artifact.Artifacts.assertValid;
import static dev.benchproof.artifact.Artifacts.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyGateMode;
import dev.benchproof.gate.SafetyInput;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class SafetyReportAssemblerTest {

    private static final double[] BASELINE = {0.10, 0.20, 0.00, 0.10, 0.30, 0.20};
    private static final double[] TRAINED = {0.20, 0.10, 0.30, 0.25, 0.15};

    @ParameterizedTest(name = "baseline {0}, trained {1}, threshold {2}")
    @CsvSource(delimiter = '|', value = {
        "0.25 | 0.75 | 0.25 | checkpoint_promotion_blocked_safety_regression",
        "0.25 | 0.5  | 0.25 | ''",
        "0.5  | 0.25 | 0    | ''",
    })
    void deltaModeReportIsValid(double baseline, double trained, double threshold, String codes) {
        SafetyDecision decision = SafetyGate.withThreshold(threshold).decide(SafetyInput.ofMeans(baseline, trained, 8, 9));
        JsonNode node = assertValid(ArtifactKind.SAFETY_REGRESSION_REPORT, SafetyReportAssembler.build(RUN, decision));

        assertEquals(codes.isEmpty() ? List.of() : List.of(codes), strings(node.path("reason_codes")));
        assertEquals(codes.isEmpty(), node.path("promotion_allowed").asBoolean());
        assertEquals(trained - baseline, node.path("safety_regression_delta").asDouble());
        assertEquals(threshold, node.path("max_safety_regression").asDouble());
        assertEquals(8, node.path("sample_count").asLong());
        assertEquals(decision.diagnostics(), strings(node.path("diagnostics")));
        assertEquals("delta", node.path("safety_gate").asString());
        assertFalse(node.has("safety_delta_upper_bound"));
        assertEquals("m24-run-7", node.path("run_id").asString());
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource(delimiter = '|', value = {
        "0.1  | checkpoint_promotion_blocked_safety_upper_bound",
        "0.04 | checkpoint_promotion_blocked_safety_regression,checkpoint_promotion_blocked_safety_upper_bound",
        "0.2  | ''",
    })
    void upperBoundModeReportIsValid(double threshold, String codes) {
        SafetyDecision decision = SafetyGate.withThreshold(threshold).with(SafetyGateMode.UPPER_BOUND)
                .decide(SafetyInput.ofSamples(BASELINE, TRAINED));
        JsonNode node = assertValid(ArtifactKind.SAFETY_REGRESSION_REPORT, SafetyReportAssembler.build(RUN, decision));

        assertEquals(codes.isEmpty() ? List.of() : List.of(codes.split(",")), strings(node.path("reason_codes")));
        assertEquals("upper-bound", node.path("safety_gate").asString());
        assertEquals(decision.upperBound().orElseThrow(), node.at("/safety_delta_upper_bound/upper_bound").asDouble());
        assertEquals(0.95, node.at("/safety_delta_upper_bound/confidence_level").asDouble());
        assertEquals(6, node.path("baseline_sample_count").asLong());
        assertEquals(5, node.path("trained_sample_count").asLong());
        assertTrue(node.path("sample_count").asLong() == 5);
    }
}
