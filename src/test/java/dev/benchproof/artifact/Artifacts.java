package dev.benchproof.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.io.StrictJsonReader;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Shared fixtures of the assembler tests, and the round trip every assembled model must survive. */
final class Artifacts {

    static final ContractValidator VALIDATOR = ContractValidator.bundled();
    static final Instant GENERATED_AT = Instant.parse("2026-02-15T23:15:00Z");
    static final RunContext RUN = new RunContext("m24-run-7", GENERATED_AT, "m24-rl-suite", "v1");

    static final double[] BASELINE = {0.20, 0.22, 0.24, 0.21, 0.23};
    static final double[] TRAINED = {0.30, 0.29, 0.32, 0.31, 0.28};

    private Artifacts() {
    }

    /** Welch, a small seeded bootstrap: a clear gain. */
    static SignificanceOutcome clearGain() {
        return SignificanceGate.withDefaults().withBootstrap(200, 3).evaluate(BASELINE, TRAINED);
    }

    /** The model as written by the one writer and read back by the one reader. */
    static JsonNode roundTrip(Object model) {
        return StrictJsonReader.DEFAULT.readTree(CanonicalJsonWriter.toJson(model), "assembled");
    }

    /** Round-trips the model and asserts the bundled schema and cross-field rules find nothing; returns the tree. */
    static JsonNode assertValid(ArtifactKind kind, Object model) {
        JsonNode node = roundTrip(model);
        List<Violation> violations = VALIDATOR.validate(kind, node);
        assertEquals(List.of(), violations.stream().map(Violation::render).toList(),
                () -> kind + " violations in:\n" + CanonicalJsonWriter.toJson(node));
        assertEquals(kind.schemaId(), node.path("$schema").asString());
        assertEquals(1, node.path("schema_version").asInt());
        return node;
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
