package dev.benchproof.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The version axis: an $id names a kind and a version, and the catalog holds each version's schemas. */
class SchemaVersionTest {

    @Test
    void anIdNamesItsKindAndVersion() {
        for (SchemaVersion version : SchemaVersion.values()) {
            for (ArtifactKind kind : ArtifactKind.values()) {
                SchemaRef ref = new SchemaRef(kind, version);
                if (SchemaCatalog.bundled().has(ref)) {
                    assertEquals(Optional.of(ref), SchemaRef.fromId(ref.id()));
                }
            }
        }
    }

    @Test
    void unknownVersionsAndFilesNameNoBundledSchema() {
        assertEquals(Optional.empty(), SchemaRef.fromId("https://benchproof.dev/schemas/v99/benchmark-proof.schema.json"));
        assertEquals(Optional.empty(), SchemaRef.fromId("https://benchproof.dev/schemas/v1/defs.schema.json"));
        assertEquals(Optional.empty(), SchemaRef.fromId("https://benchproof.dev/schemas/v1/"));
    }

    @Test
    void theCurrentVersionHasEveryKind() {
        for (ArtifactKind kind : ArtifactKind.values()) {
            assertTrue(SchemaCatalog.bundled().has(SchemaRef.current(kind)), kind + " has no current schema");
        }
    }

    @Test
    void everyBundledSchemaLivesUnderItsVersionsIdPrefix() {
        for (SchemaCatalog.BundledSchema schema : SchemaCatalog.bundled().list()) {
            SchemaVersion version = SchemaVersion.values()[schema.version() - 1];
            assertTrue(schema.id().startsWith(version.idPrefix()), schema.id());
        }
    }
}
