package dev.benchproof.contract;

import java.util.Optional;

/** One bundled schema: an artifact kind in one version of the contract. */
public record SchemaRef(ArtifactKind kind, SchemaVersion version) {

    /** The kind in the version every artifact is written in. */
    public static SchemaRef current(ArtifactKind kind) {
        return new SchemaRef(kind, SchemaVersion.CURRENT);
    }

    /** The schema an {@code $id} (or an artifact's {@code $schema}) names, if it is a bundled one. */
    public static Optional<SchemaRef> fromId(String id) {
        return SchemaVersion.ofSchemaId(id).flatMap(version -> ArtifactKind.fromFileName(
                id.substring(version.idPrefix().length())).map(kind -> new SchemaRef(kind, version)));
    }

    public String id() {
        return version.idPrefix() + kind.fileName();
    }

    public String resource() {
        return version.resource(kind.fileName());
    }

    @Override
    public String toString() {
        return kind.kindName() + " " + version;
    }
}
