package dev.benchproof.artifact;

import static dev.benchproof.artifact.Artifacts.RUN;
import static dev.benchproof.artifact.Artifacts.assertValid;
import static dev.benchproof.artifact.Artifacts.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.ProofGate;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.Digests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProofAssemblerTest {

    private static final ProofArtifactFiles FILES = new ProofArtifactFiles("out/m24-benchmark-baseline.json",
            "out/m24-benchmark-trained.json", "out/m24-benchmark-significance.json",
            "out/m24-benchmark-safety-regression.json", null, null, null, null);

    private static JsonNode proof(SignificanceOutcome outcome, SafetyDecision safety, ProofCriteria criteria,
                                  ProofArtifactFiles files) {
        ProofVerdict verdict = ProofGate.judge(criteria, outcome, safety);
        return assertValid(ArtifactKind.BENCHMARK_PROOF,
                ProofAssembler.build(RUN, CheckpointIds.DEFAULTS, outcome, safety, criteria, verdict, files));
    }

    @Test
    void passingProofIsValid() {
        SignificanceOutcome outcome = Artifacts.clearGain();
        JsonNode node = proof(outcome, SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0.125, 0.125, 5, 5)),
                ProofCriteria.DEFAULTS, FILES);

        assertTrue(node.at("/significance/pass").asBoolean());
        assertEquals(List.of(), strings(node.at("/failure_analysis/reasons")));
        assertTrue(node.at("/failure_analysis/summary").asString().contains("criteria satisfied"));
        assertFalse(node.at("/failure_analysis").has("episodes_needed_per_arm"));
        assertEquals(outcome.pValue(), node.at("/significance/p_value").asDouble());
        assertEquals("baseline", node.at("/baseline/checkpoint_id").asString());
        assertEquals("trained", node.at("/trained/checkpoint_id").asString());
        assertEquals("tasks/fixtures/m24/benchmark-suite.json", node.at("/benchmark_suite/fixture_path").asString());
        assertEquals(5, node.at("/trained/episodes").asLong());
        assertEquals("out/m24-benchmark-safety-regression.json", node.at("/safety_benchmark/report_path").asString());
        assertEquals("out/m24-benchmark-baseline.json", node.at("/artifacts/baseline_report").asString());
        assertFalse(node.has("artifact_digests"), "digests are left out when unknown");
    }

    @Test
    void failingProofIsValidWithEveryReasonInOrder() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 1)
                .evaluate(new double[] {0.2, 0.5, 0.3, 0.4}, new double[] {0.25, 0.45, 0.35, 0.3});
        SafetyDecision safety = SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0.125, 0.5, 4, 4));
        JsonNode node = proof(outcome, safety, ProofCriteria.DEFAULTS, FILES);

        assertFalse(node.at("/significance/pass").asBoolean());
        assertEquals(List.of("reward_gain_below_threshold", "checkpoint_promotion_blocked_safety_regression",
                "p_value_above_threshold", "confidence_below_threshold"), strings(node.at("/failure_analysis/reasons")));
        assertEquals(strings(node.at("/failure_analysis/reasons")), node.at("/failure_analysis/details").valueStream()
                .map(d -> d.path("code").asString()).toList());
        assertTrue(node.at("/failure_analysis/summary").asString().contains("did not meet criteria"));
        assertTrue(node.at("/failure_analysis/episodes_needed_per_arm").asLong() >= 2);
        assertEquals(0.375, node.at("/failure_analysis/safety_regression").asDouble());
        assertFalse(node.at("/safety_benchmark/promotion_allowed").asBoolean());
        assertEquals(List.of("checkpoint_promotion_blocked_safety_regression"),
                strings(node.at("/safety_benchmark/reason_codes")));
        assertEquals(0.5, node.at("/trained/mean_safety_penalty").asDouble());
    }

    @Test
    void digestsAreRecordedWhenKnown() {
        String digest = Digests.sha256Hex("report".getBytes(StandardCharsets.UTF_8));
        ProofArtifactFiles files = new ProofArtifactFiles(FILES.baselineReport(), FILES.trainedReport(),
                FILES.significanceReport(), FILES.safetyRegressionReport(), digest, digest, digest, digest);
        JsonNode node = proof(Artifacts.clearGain(),
                SafetyGate.withThreshold(0).decide(SafetyInput.ofMeans(0, 0, 5, 5)), ProofCriteria.DEFAULTS, files);
        assertEquals(digest, node.at("/artifact_digests/safety_regression_report").asString());
    }

    @Test
    void customCheckpointIdsAndCriteriaAreRecorded() {
        ProofCriteria criteria = new ProofCriteria(0.01, 0.125, 0.1, 0.9);
        SignificanceOutcome outcome = Artifacts.clearGain();
        SafetyDecision safety = SafetyGate.withThreshold(0.125).decide(SafetyInput.ofMeans(0, 0.125, 5, 5));
        ProofVerdict verdict = ProofGate.judge(criteria, outcome, safety);
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_PROOF, ProofAssembler.build(RUN,
                new CheckpointIds("ckpt-100", "ckpt-200", "fixtures/x.json"), outcome, safety, criteria, verdict, FILES));

        assertEquals("ckpt-200", node.at("/trained/checkpoint_id").asString());
        assertEquals("fixtures/x.json", node.at("/benchmark_suite/fixture_path").asString());
        assertEquals(0.125, node.at("/criteria/max_safety_regression").asDouble());
        assertEquals(0.9, node.at("/criteria/min_confidence_level").asDouble());
        assertTrue(node.at("/safety_benchmark/promotion_allowed").asBoolean(), "delta equal to threshold allows");
    }
}
