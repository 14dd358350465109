package dev.benchproof.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every document kind benchproof has a bundled schema for: the artifacts it writes and the inputs it reads.
 * One row per kind; its schema file is {@code schemas/v<N>/<kind>.schema.json} in each {@link SchemaVersion}
 * that has it.
 */
public enum ArtifactKind {
    BENCHMARK_REPORT("benchmark-report", true),
    SAFETY_REGRESSION_REPORT("safety-regression-report", true),
    BENCHMARK_PROOF("benchmark-proof", true),
    EVALUATION_ARTIFACT("evaluation-artifact", true),
    ARTIFACT_MANIFEST("artifact-manifest", true),
    VALIDATION_REPORT("validation-report", true),
    SAMPLE_VECTOR("sample-vector", false),
    REPRODUCIBILITY_OBSERVATIONS("reproducibility-observations", false),
    EPISODE_RECORD("episode-record", false),
    TASK_SCORES("task-scores", false),
    AGGREGATE_COMPARISON("aggregate-comparison", true),
    SCHEMA_COMPATIBILITY_REPORT("schema-compatibility-report", true);

    /** The $id prefix of the version artifacts are written in; a name, never fetched. */
    public static final String ID_PREFIX = SchemaVersion.CURRENT.idPrefix();
    /** The schema_version artifacts are written with. */
    public static final int VERSION = SchemaVersion.CURRENT.number();

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

    /** The $id of this kind's schema in the version artifacts are written in. */
    public String schemaId() {
        return SchemaRef.current(this).id();
    }

    public static Optional<ArtifactKind> fromName(String name) {
        return Arrays.stream(values()).filter(k -> k.kindName.equals(name)).findFirst();
    }

    /** The kind an {@code $id} of any bundled version names. */
    public static Optional<ArtifactKind> fromSchemaId(String id) {
        return SchemaRef.fromId(id).map(SchemaRef::kind);
    }

    static Optional<ArtifactKind> fromFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(fileName)).findFirst();
    }

    @Override
    public String toString() {
        return kindName;
    }
}
