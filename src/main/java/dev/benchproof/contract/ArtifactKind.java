package dev.benchproof.contract;

import java.util.Arrays;
import java.util.Optional;

/** Every document kind benchproof has a bundled v1 schema for: the artifacts it writes and the inputs it reads. */
public enum ArtifactKind {
    BENCHMARK_REPORT("benchmark-report", true),
    SAFETY_REGRESSION_REPORT("safety-regression-report", true),
    BENCHMARK_PROOF("benchmark-proof", true),
    EVALUATION_ARTIFACT("evaluation-artifact", true),
    ARTIFACT_MANIFEST("artifact-manifest", true),
    VALIDATION_REPORT("validation-report", true),
    SAMPLE_VECTOR("sample-vector", false),
    REPRODUCIBILITY_OBSERVATIONS("reproducibility-observations", false),
    SCHEMA_COMPATIBILITY_REPORT("schema-compatibility-report", true);

    /** Every bundled schema's $id starts with this; it is a name, never fetched. */
    public static final String ID_PREFIX = "https://benchproof.dev/schemas/v1/";
    public static final int VERSION = 1;

    private final String kindName;
    private final boolean artifact;

    ArtifactKind(String kindName, boolean artifact) {
        this.kindName = kindName;
        this.artifact = artifact;
    }

    /** The contract's name of the kind, e.g. {@code benchmark-proof}. */
    public String kindName() {
        return kindName;
    }

    /** True for documents benchproof writes; false for its inputs. */
    public boolean isArtifact() {
        return artifact;
    }

    public String fileName() {
        return kindName + ".schema.json";
    }

    public String schemaId() {
        return ID_PREFIX + fileName();
    }

    public static Optional<ArtifactKind> fromName(String name) {
        return Arrays.stream(values()).filter(k -> k.kindName.equals(name)).findFirst();
    }

    public static Optional<ArtifactKind> fromSchemaId(String id) {
        return Arrays.stream(values()).filter(k -> k.schemaId().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return kindName;
    }
}
