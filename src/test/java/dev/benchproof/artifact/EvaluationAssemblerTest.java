package dev.benchproof.artifact;

import static dev.benchproof.artifact.Artifacts.assertValid;
import static dev.benchproof.artifact.Artifacts.strings;
import static dev.benchproof.gate.ReasonCode.SAFETY_REGRESSION;
import static dev.benchproof.gate.ReasonCode.SAMPLE_SENSITIVITY;
import static dev.benchproof.gate.ReasonCode.SEED_REPRODUCIBILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.Observation;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.gate.PromotionGate;
import dev.benchproof.gate.PromotionPolicy;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.gate.Requirement;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.CanonicalJsonWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class EvaluationAssemblerTest {

    private static final EvaluationIds IDS = new EvaluationIds("reasoning-suite", "policy-a", "policy-b", 1_706_000_001_000L);
    private static final List<Observation> OBSERVATIONS = List.of(
            new Observation(1, 100, 0.02, 0.10), new Observation(2, 100, 0.03, 0.12), new Observation(3, 100, 0.025, 0.11),
            new Observation(1, 50, 0.04, 0.09), new Observation(1, 200, 0.01, 0.105));

    private static Optional<SeedReproducibility> seeds() {
        return SeedReproducibility.evaluate(OBSERVATIONS, OptionalLong.empty(), 0.05, 0.05);
    }

    private static Optional<SampleSizeSensitivity> sensitivity() {
        return SampleSizeSensitivity.evaluate(OBSERVATIONS, OptionalLong.empty(), 0.05, 0.05);
    }

    static Stream<List<ReasonCode>> codeOrders() {
        return Stream.of(List.of(), List.of(SAFETY_REGRESSION),
                List.of(SAMPLE_SENSITIVITY, SAFETY_REGRESSION),
                List.of(SEED_REPRODUCIBILITY, SAMPLE_SENSITIVITY, SAFETY_REGRESSION),
                List.of(SAMPLE_SENSITIVITY, SEED_REPRODUCIBILITY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeOrders")
    void reasonCodesComeOutExactlyAsGiven(List<ReasonCode> codes) {
        PromotionDecision decision = new PromotionDecision(0.08, 0.05, codes);
        JsonNode node = assertValid(ArtifactKind.EVALUATION_ARTIFACT,
                EvaluationAssembler.build(IDS, Artifacts.clearGain(), seeds(), sensitivity(), decision));

        JsonNode promotion = node.path("checkpoint_promotion");
        assertEquals(codes.stream().map(ReasonCode::code).toList(), strings(promotion.path("reason_codes")));
        assertEquals(codes.isEmpty(), promotion.path("promotion_allowed").asBoolean());
        assertEquals(0.08, promotion.path("safety_regression").asDouble());
        assertEquals(0.05, promotion.path("max_safety_regression").asDouble());
    }

    @Test
    void absentReproducibilitySectionsAreExplicitNull() {
        PromotionDecision decision = PromotionGate.decide(
                new PromotionPolicy(0.05, Requirement.REQUIRED, Requirement.REQUIRED), 0, Optional.empty(), Optional.empty());
        var artifact = EvaluationAssembler.build(IDS, Artifacts.clearGain(), Optional.empty(), Optional.empty(), decision);
        JsonNode node = assertValid(ArtifactKind.EVALUATION_ARTIFACT, artifact);

        assertTrue(node.has("seed_reproducibility") && node.get("seed_reproducibility").isNull());
        assertTrue(node.has("sample_size_sensitivity") && node.get("sample_size_sensitivity").isNull());
        String json = CanonicalJsonWriter.toJson(artifact);
        assertTrue(json.contains("\n  \"seed_reproducibility\": null,\n"), json);
        assertTrue(json.contains("\n  \"sample_size_sensitivity\": null,\n"), json);
        // fail closed: both were required and neither could be evaluated
        assertEquals(List.of(SEED_REPRODUCIBILITY.code(), SAMPLE_SENSITIVITY.code()),
                strings(node.at("/checkpoint_promotion/reason_codes")));
    }

    @Test
    void presentSectionsCarryTheGatesNumbers() {
        SeedReproducibility s = seeds().orElseThrow();
        SampleSizeSensitivity z = sensitivity().orElseThrow();
        JsonNode node = assertValid(ArtifactKind.EVALUATION_ARTIFACT, EvaluationAssembler.build(IDS,
                Artifacts.clearGain(), Optional.of(s), Optional.of(z), new PromotionDecision(0, 0.05, List.of())));

        JsonNode seeds = node.path("seed_reproducibility");
        assertEquals(100, seeds.path("sample_size").asLong());
        assertEquals(3, seeds.path("run_count").asInt());
        assertEquals(s.pValueRange(), seeds.path("p_value_range").asDouble());
        assertEquals(s.rewardDeltaRange(), seeds.path("reward_delta_range").asDouble());
        assertEquals(s.withinBand(), seeds.path("within_band").asBoolean());

        JsonNode sizes = node.path("sample_size_sensitivity");
        assertEquals(1, sizes.path("seed").asLong());
        assertEquals(List.of(50L, 100L, 200L),
                sizes.path("points").valueStream().map(p -> p.path("sample_size").asLong()).toList());
        assertEquals(z.maxPValueDrift(), sizes.path("max_p_value_drift").asDouble());
        assertEquals(z.maxRewardDeltaDrift(), sizes.path("max_reward_delta_drift").asDouble());
    }

    @Test
    void policyImprovementIsTheWelchComparison() {
        SignificanceOutcome outcome = Artifacts.clearGain();
        JsonNode node = assertValid(ArtifactKind.EVALUATION_ARTIFACT, EvaluationAssembler.build(IDS, outcome,
                Optional.empty(), Optional.empty(), new PromotionDecision(0, 0.05, List.of())));
        JsonNode pi = node.path("policy_improvement");

        assertEquals(outcome.welch().meanDelta(), pi.path("mean_delta").asDouble());
        assertEquals(outcome.welch().deltaInterval().low(), pi.path("delta_ci_low").asDouble());
        assertEquals(outcome.welch().deltaInterval().high(), pi.path("delta_ci_high").asDouble());
        assertTrue(pi.path("is_significant_improvement").asBoolean());
        assertEquals(5, pi.at("/baseline/count").asLong());
        assertEquals(outcome.trained().mean(), pi.at("/candidate/mean").asDouble());
        assertEquals(0.05, pi.at("/candidate/alpha").asDouble());
        assertEquals("reasoning-suite", node.path("benchmark_suite_id").asString());
        assertEquals(1_706_000_001_000L, node.path("generated_at_epoch_ms").asLong());
    }

    @Test
    void noImprovementIsNotSignificant() {
        SignificanceOutcome outcome = dev.benchproof.gate.SignificanceGate.withDefaults().withBootstrap(0, 1)
                .evaluate(Artifacts.TRAINED, Artifacts.BASELINE);
        JsonNode node = assertValid(ArtifactKind.EVALUATION_ARTIFACT, EvaluationAssembler.build(IDS, outcome,
                Optional.empty(), Optional.empty(), new PromotionDecision(0, 0.05, List.of())));
        assertFalse(node.at("/policy_improvement/is_significant_improvement").asBoolean());
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "reasoning-suite | policy-a       | policy-b      | benchmark-reasoning-suite-policy-a-vs-policy-b-17.json",
        "m24 suite/v1    | ../../etc      | pol:b?*       | benchmark-m24-suite-v1-etc-vs-pol-b-17.json",
        "Suite_1.2       | a\\b           | ωmega         | benchmark-suite-1-2-a-b-vs-mega-17.json",
        "***             | Base           | --            | benchmark-unknown-base-vs-unknown-17.json",
    })
    void fileNameReducesEachPartLikeTheReferenceSystem(String suite, String baseline, String candidate, String expected) {
        String name = new EvaluationIds(suite, baseline, candidate, 17).fileName();
        assertEquals(expected, name);
        assertTrue(name.matches("benchmark-[a-z0-9-]+-[a-z0-9-]+-vs-[a-z0-9-]+-17\\.json"), name);
        assertFalse(name.contains("/"), name);
    }
}
