package dev.benchproof.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The versions of the contract, one row each. A version's schemas live in {@code schemas/v<N>/}, are
 * bundled in the jar under the same path, carry {@code $id}s under {@link #idPrefix()}, and generate the
 * model package {@link #modelPackage()} (one jsonschema2pojo execution per version in {@code pom.xml}).
 * Published versions stay side by side so {@code validate} keeps accepting every artifact ever written;
 * the writers always write {@link #CURRENT}.
 */
public enum SchemaVersion {
    V1(1);

    /** The version every artifact is written in. */
    public static final SchemaVersion CURRENT = V1;

    private static final String ID_ROOT = "https://benchproof.dev/schemas/";

    private final int number;

    SchemaVersion(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** {@code v1}: the folder under {@code schemas/} and the segment of the {@code $id}s. */
    public String directory() {
        return "v" + number;
    }

    /** Every schema of this version has an {@code $id} starting with this; it is a name, never fetched. */
    public String idPrefix() {
        return ID_ROOT + directory() + "/";
    }

    /** The classpath resource of one of this version's schema files. */
    public String resource(String fileName) {
        return "schemas/" + directory() + "/" + fileName;
    }

    /** The package jsonschema2pojo generates this version's model into. */
    public String modelPackage() {
        return "dev.benchproof.model." + directory();
    }

    /** The version whose id prefix starts {@code schemaId}. */
    public static Optional<SchemaVersion> ofSchemaId(String schemaId) {
        return Arrays.stream(values()).filter(v -> schemaId.startsWith(v.idPrefix())).findFirst();
    }

    @Override
    public String toString() {
        return directory();
    }
}
