package dev.benchproof;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.io.Digests;
import dev.benchproof.io.StrictJsonReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One artifact as it will be kept: its recorded path, its kind and its exact bytes, which have been
 * validated against the kind's schema and cross-field rules.
 *
 * @param path  where the artifact is written, as recorded in the bundle (e.g. {@code out/m24-benchmark-baseline.json})
 * @param kind  its kind
 * @param bytes its canonical JSON, UTF-8
 * @param model the generated model object the bytes were written from (e.g. a {@code BenchmarkProof})
 */
public record ValidatedArtifact(String path, ArtifactKind kind, byte[] bytes, Object model) {

    /**
     * Serializes {@code model} with the one writer and validates exactly those bytes. A generated artifact
     * that breaks its own contract is a bug, never bad input.
     *
     * @throws IllegalStateException when the artifact breaks its contract
     */
    public static ValidatedArtifact of(String path, ArtifactKind kind, Object model) {
        byte[] bytes = CanonicalJsonWriter.toBytes(model);
        List<Violation> violations = ContractValidator.bundled().validate(kind,
                StrictJsonReader.DEFAULT.readTree(new String(bytes, StandardCharsets.UTF_8), path));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated " + kind + " " + path + " breaks its contract: "
                    + violations.get(0).render());
        }
        return new ValidatedArtifact(path, kind, bytes, model);
    }

    /** Lower-case hex SHA-256 of the bytes, as a proof records it. */
    public String sha256() {
        return Digests.sha256Hex(bytes);
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
