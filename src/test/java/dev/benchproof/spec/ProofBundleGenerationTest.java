package dev.benchproof.spec;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Conformance cases of issue 1675: the one-shot live benchmark proof. */
class ProofBundleGenerationTest {

    private static final String RUN_ID = "m24-spec-1675";
    private static final String PROOF_FILE = "m24-benchmark-proof-" + RUN_ID + ".json";

    @TempDir
    Path tmp;

    private CliRun proof(String example) {
        return run(proofArgs(example(example + "/baseline.json"), example(example + "/trained.json"), RUN_ID,
                tmp.resolve("out")));
    }

    @Test
    @DisplayName("spec 1675 C-01: valid sample arrays create all proof files")
    void validSampleArraysCreateAllProofFiles() throws Exception {
        proof("pass").expectCode(0);

        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(Set.of("m24-benchmark-baseline.json", "m24-benchmark-trained.json",
                    "m24-benchmark-significance.json", "m24-benchmark-safety-regression.json", PROOF_FILE),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertEquals("baseline", json(tmp.resolve("out/m24-benchmark-baseline.json")).get("report_kind").asString());
        assertEquals("trained", json(tmp.resolve("out/m24-benchmark-trained.json")).get("report_kind").asString());
        assertEquals("significance",
                json(tmp.resolve("out/m24-benchmark-significance.json")).get("report_kind").asString());
        assertEquals(RUN_ID, json(tmp.resolve("out").resolve(PROOF_FILE)).get("run_id").asString());
    }

    @Test
    @DisplayName("spec 1675 C-02: clear gain passes significance and exits zero")
    void clearGainPassesSignificanceAndExitsZero() {
        CliRun result = proof("pass").expectCode(0);

        assertEquals("proof_status=pass output=" + tmp.resolve("out").resolve(PROOF_FILE), result.lastLine());
        JsonNode proof = json(tmp.resolve("out").resolve(PROOF_FILE));
        assertTrue(proof.get("significance").get("pass").booleanValue());
        JsonNode criteria = proof.get("criteria");
        JsonNode analysis = proof.get("failure_analysis");
        assertTrue(analysis.get("reward_delta").doubleValue() >= criteria.get("min_reward_delta").doubleValue());
        assertTrue(proof.get("significance").get("p_value").doubleValue() <= criteria.get("max_p_value").doubleValue());
        assertTrue(proof.get("significance").get("confidence_level").doubleValue()
                >= criteria.get("min_confidence_level").doubleValue());
        assertEquals(List.of(), strings(analysis.get("reasons")));
        assertTrue(analysis.get("summary").asString().contains("satisfied"), analysis.get("summary").asString());
    }

    @Test
    @DisplayName("spec 1675 C-03: generated proof passes validate")
    void generatedProofPassesValidate() {
        proof("pass").expectCode(0);
        Path proofFile = tmp.resolve("out").resolve(PROOF_FILE);

        CliRun validation = run("validate", proofFile).expectCode(0);

        assertEquals(List.of("ok " + proofFile + " (benchmark-proof v1)"), validation.outLines());
        assertEquals("", validation.err());
        // the whole bundle validates too
        run("validate", tmp.resolve("out")).expectCode(0);
    }

    @Test
    @DisplayName("spec 1675 C-04: no gain emits failure analysis and exits non zero")
    void noGainEmitsFailureAnalysisAndExitsNonZero() {
        CliRun result = proof("fail-reward");

        assertNotEquals(0, result.code());
        assertEquals(1, result.code(), result.err());
        assertEquals("proof_status=fail output=" + tmp.resolve("out").resolve(PROOF_FILE), result.lastLine());
        JsonNode proof = json(tmp.resolve("out").resolve(PROOF_FILE));
        assertFalse(proof.get("significance").get("pass").booleanValue());
        JsonNode analysis = proof.get("failure_analysis");
        for (String field : List.of("summary", "reasons", "reward_delta", "safety_regression", "details")) {
            assertTrue(analysis.has(field), "failure_analysis." + field);
        }
        assertTrue(analysis.get("summary").asString().contains("did not meet criteria"),
                analysis.get("summary").asString());
        List<String> reasons = strings(analysis.get("reasons"));
        assertEquals("reward_gain_below_threshold", reasons.get(0));
        assertTrue(reasons.contains("p_value_above_threshold"), reasons.toString());
        assertTrue(analysis.get("reward_delta").doubleValue() < 0.05);
        assertTrue(analysis.get("details").isArray());
        assertEquals(reasons.size(), analysis.get("details").size());
        for (JsonNode detail : analysis.get("details")) {
            assertTrue(detail.has("observed") && detail.has("threshold") && detail.has("message"), detail.toString());
        }
        // the failing proof is still a valid artifact
        run("validate", tmp.resolve("out").resolve(PROOF_FILE)).expectCode(0);
    }
}
