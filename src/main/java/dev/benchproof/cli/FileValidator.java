package dev.benchproof.cli;

import com.networknt.schema.Schema;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.SchemaRef;
import dev.benchproof.contract.Violation;
import dev.benchproof.BadInputException;
import dev.benchproof.io.Digests;
import dev.benchproof.io.StrictJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Validates one file: parse strictly, choose the schema ({@code --schema}, else {@code --kind}, else
 * the file's {@code $schema}), validate, and for a proof check the digests of the reports beside it.
 * Used by {@code validate} and {@code manifest} alike.
 */
final class FileValidator {

    /** What a proof's artifact_digests cover, in the contract's order. */
    private static final List<String> DIGESTED = List.of(
            "baseline_report", "trained_report", "significance_report", "safety_regression_report");

    private final ContractValidator validator = ContractValidator.bundled();
    private final Optional<SchemaRef> forcedSchema;
    private final Optional<Schema> schema;
    private final String schemaName;

    FileValidator(Optional<ArtifactKind> forcedKind, Optional<Schema> schema, String schemaName) {
        this.forcedSchema = forcedKind.map(SchemaRef::current);
        this.schema = schema;
        this.schemaName = schemaName;
    }

    static FileValidator byDeclaredKind() {
        return new FileValidator(Optional.empty(), Optional.empty(), null);
    }

    /**
     * Outcome for one file. {@code readable} is false when it could not be read or parsed; {@code bundled} is
     * the bundled schema it was validated against, of whichever version its {@code $schema} names.
     */
    record Result(Path path, Optional<SchemaRef> bundled, String schemaId, boolean readable, List<Violation> errors,
                  JsonNode instance) {
        boolean valid() {
            return readable && errors.isEmpty();
        }

        Optional<ArtifactKind> kind() {
            return bundled.map(SchemaRef::kind);
        }
    }

    Result validate(Path file) {
        return validate(file, file.toString());
    }

    /** Validates {@code file}, naming it {@code displayName} in its errors. */
    Result validate(Path file, String displayName) {
        JsonNode instance;
        try {
            instance = StrictJsonReader.DEFAULT.readTree(file, displayName);
        } catch (BadInputException e) {
            return new Result(file, forcedSchema, schemaName, false,
                    List.of(Violation.crossField("", "parse", e.getMessage())), null);
        }
        if (schema.isPresent()) {
            return new Result(file, Optional.empty(), schemaName, true, validator.validate(schema.get(), instance),
                    instance);
        }
        Optional<SchemaRef> ref = forcedSchema.or(() -> ContractValidator.declaredSchema(instance));
        if (ref.isEmpty()) {
            return new Result(file, ref, null, true, List.of(Violation.crossField("", "kind",
                    "no $schema member naming a bundled benchproof schema; choose one with --kind")), instance);
        }
        List<Violation> errors = new ArrayList<>(validator.validate(ref.get(), instance));
        if (errors.isEmpty() && ref.get().kind() == ArtifactKind.BENCHMARK_PROOF) {
            errors.addAll(checkDigests(file, instance));
        }
        return new Result(file, ref, ref.get().id(), true, errors, instance);
    }

    /** Each digested report must sit beside the proof, under the file name the proof records, unchanged. */
    private static List<Violation> checkDigests(Path proofFile, JsonNode proof) {
        JsonNode digests = proof.get("artifact_digests");
        if (digests == null) {
            return List.of(); // proofs from the reference scripts carry none
        }
        Path dir = proofFile.toAbsolutePath().getParent();
        List<Violation> out = new ArrayList<>();
        List<String> digested = new ArrayList<>(DIGESTED);
        if (digests.has("aggregate_comparison")) {
            digested.add("aggregate_comparison"); // proofs made from episode records reference a sixth artifact
        }
        for (String member : digested) {
            String recorded = proof.path("artifacts").path(member).asString();
            Path fileName = Path.of(recorded).getFileName();
            Path beside = dir.resolve(fileName.toString());
            String pointer = "/artifact_digests/" + member;
            if (!Files.isRegularFile(beside)) {
                out.add(Violation.crossField(pointer, "digest", "referenced file " + fileName
                        + " is missing beside the proof"));
                continue;
            }
            try {
                String actual = Digests.sha256Hex(beside);
                if (!actual.equals(digests.path(member).asString())) {
                    out.add(Violation.crossField(pointer, "digest", "referenced file " + fileName
                            + " has changed: its SHA-256 is " + actual));
                }
            } catch (IOException e) {
                out.add(Violation.crossField(pointer, "digest", "referenced file " + fileName + " cannot be read: "
                        + e.getMessage()));
            }
        }
        return out;
    }

    /** The kinds a user may name with --kind. */
    static Map<String, ArtifactKind> kindsByName() {
        Map<String, ArtifactKind> kinds = new LinkedHashMap<>();
        for (ArtifactKind kind : ArtifactKind.values()) {
            kinds.put(kind.kindName(), kind);
        }
        return kinds;
    }
}
