package dev.benchproof.spec;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.bytes;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.cli.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Conformance cases of issue 1966: the typed evaluation artifact. */
class EvaluationArtifactGenerationTest {

    private static final String FILE_NAME = "benchmark-m24-rl-suite-policy-a-vs-policy-b-1771197300000.json";
    private static final List<String> SECTIONS = List.of("schema_version", "benchmark_suite_id", "baseline_policy_id",
            "candidate_policy_id", "generated_at_epoch_ms", "policy_improvement", "seed_reproducibility",
            "sample_size_sensitivity", "checkpoint_promotion");

    @TempDir
    Path tmp;

    private static List<Object> evaluate(Path outputDir, Object... extra) {
        List<Object> args = new ArrayList<>(List.of("evaluate",
                "--baseline-samples", example("pass/baseline.json"), "--candidate-samples", example("pass/trained.json"),
                "--suite-id", "m24-rl-suite", "--baseline-policy-id", "policy-a", "--candidate-policy-id", "policy-b",
                "--generated-at-epoch-ms", "1771197300000", "--output-dir", outputDir));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    @DisplayName("spec 1966 C-01: valid inputs build a deterministic complete artifact")
    void validInputsBuildADeterministicCompleteArtifact() {
        Path observations = example("observations.json");
        CliRun first = run(evaluate(tmp.resolve("first"), "--observations", observations)).expectCode(0);
        run(evaluate(tmp.resolve("second"), "--observations", observations)).expectCode(0);

        assertEquals("promotion_allowed=true output=" + tmp.resolve("first").resolve(FILE_NAME), first.lastLine());
        assertArrayEquals(bytes(tmp.resolve("first").resolve(FILE_NAME)), bytes(tmp.resolve("second").resolve(FILE_NAME)),
                "a rerun is byte-identical");
        JsonNode artifact = json(tmp.resolve("first").resolve(FILE_NAME));
        for (String section : SECTIONS) {
            assertTrue(artifact.has(section), section);
            assertFalse(artifact.get(section).isNull(), section);
        }
        assertEquals("m24-rl-suite", artifact.get("benchmark_suite_id").asString());
        assertEquals("policy-a", artifact.get("baseline_policy_id").asString());
        assertEquals("policy-b", artifact.get("candidate_policy_id").asString());
        assertEquals(1771197300000L, artifact.get("generated_at_epoch_ms").longValue());
        JsonNode improvement = artifact.get("policy_improvement");
        for (String arm : List.of("baseline", "candidate")) {
            for (String field : List.of("count", "mean", "variance", "std_dev", "ci_low", "ci_high", "alpha")) {
                assertTrue(improvement.get(arm).has(field), arm + "." + field);
            }
        }
        assertEquals(200, improvement.get("baseline").get("count").intValue());
        assertEquals(improvement.get("candidate").get("mean").doubleValue() - improvement.get("baseline").get("mean").doubleValue(),
                improvement.get("mean_delta").doubleValue(), 1e-12);
        assertTrue(improvement.get("is_significant_improvement").booleanValue());
        assertTrue(improvement.get("delta_ci_low").doubleValue() > 0);
        run("validate", tmp.resolve("first").resolve(FILE_NAME)).expectCode(0);
    }

    @Test
    @DisplayName("spec 1966 C-02: payload carries schema metadata and object sections")
    void payloadCarriesSchemaMetadataAndObjectSections() {
        run(evaluate(tmp, "--observations", example("observations.json"))).expectCode(0);

        JsonNode artifact = json(tmp.resolve(FILE_NAME));
        assertEquals(1, artifact.get("schema_version").intValue());
        assertTrue(artifact.get("schema_version").isIntegralNumber());
        assertEquals("https://benchproof.dev/schemas/v1/evaluation-artifact.schema.json", artifact.get("$schema").asString());
        for (String section : List.of("policy_improvement", "seed_reproducibility", "sample_size_sensitivity",
                "checkpoint_promotion")) {
            assertTrue(artifact.get(section).isObject(), section + " is a JSON object");
        }
        assertTrue(artifact.get("policy_improvement").get("baseline").isObject());
        assertTrue(artifact.get("policy_improvement").get("candidate").isObject());
        assertTrue(artifact.get("sample_size_sensitivity").get("points").isArray());
        assertTrue(artifact.get("checkpoint_promotion").get("reason_codes").isArray());
    }

    @Test
    @DisplayName("spec 1966 C-03: blocked promotion keeps all reason codes in order")
    void blockedPromotionKeepsAllReasonCodesInOrder() {
        // seeds at sample size 100 disagree widely, and seed 1 drifts between sizes: both out of band
        Path observations = write(tmp.resolve("observations.json"), """
                [
                  {"seed": 1, "sample_size": 100, "p_value": 0.01, "reward_delta": 0.30},
                  {"seed": 2, "sample_size": 100, "p_value": 0.60, "reward_delta": 0.90},
                  {"seed": 1, "sample_size": 200, "p_value": 0.70, "reward_delta": 0.05}
                ]
                """);
        Path out = tmp.resolve("out");

        CliRun result = run(evaluate(out, "--observations", observations,
                "--require-seed-reproducibility", "--require-sample-sensitivity",
                "--baseline-safety-penalty", "0.1", "--trained-safety-penalty", "0.4")).expectCode(1);

        List<String> expected = List.of("checkpoint_promotion_blocked_safety_regression",
                "checkpoint_promotion_blocked_seed_reproducibility", "checkpoint_promotion_blocked_sample_sensitivity");
        JsonNode artifact = json(out.resolve(FILE_NAME));
        JsonNode promotion = artifact.get("checkpoint_promotion");
        assertFalse(promotion.get("promotion_allowed").booleanValue());
        assertEquals(expected, strings(promotion.get("reason_codes")));
        assertEquals(0.4 - 0.1, promotion.get("safety_regression").doubleValue(), 1e-12);
        assertFalse(artifact.get("seed_reproducibility").get("within_band").booleanValue());
        assertFalse(artifact.get("sample_size_sensitivity").get("within_band").booleanValue());
        assertEquals("promotion_allowed=false reason_codes=" + String.join(",", expected) + " output="
                + out.resolve(FILE_NAME), result.lastLine());
        run("validate", out.resolve(FILE_NAME)).expectCode(0);
    }

    @Test
    @DisplayName("spec 1966 C-04: missing reproducibility sections are explicit null")
    void missingReproducibilitySectionsAreExplicitNull() throws Exception {
        run(evaluate(tmp)).expectCode(0);

        String text = java.nio.file.Files.readString(tmp.resolve(FILE_NAME));
        JsonNode artifact = json(text);
        assertTrue(artifact.has("seed_reproducibility"), "key present");
        assertTrue(artifact.has("sample_size_sensitivity"), "key present");
        assertTrue(artifact.get("seed_reproducibility").isNull());
        assertTrue(artifact.get("sample_size_sensitivity").isNull());
        assertTrue(text.contains("\"seed_reproducibility\": null"), text);
        assertTrue(text.contains("\"sample_size_sensitivity\": null"), text);
        run("validate", tmp.resolve(FILE_NAME)).expectCode(0);
    }
}
