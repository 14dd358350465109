package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.projectRoot;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemasCompatCommandTest {

    private static final String CLOSED_OLD = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false}";
    private static final String CLOSED_NEW = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"integer\"}},"
            + "\"additionalProperties\":false}";

    @TempDir
    Path tmp;

    private Path copyOfV1(String name) {
        Path target = tmp.resolve(name);
        try (Stream<Path> files = Files.list(projectRoot().resolve("schemas/v1"))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Test
    void identicalDirectoriesAreFullyCompatible() {
        CliRun result = run("schemas", "compat", "--mode", "full", copyOfV1("old"), copyOfV1("new")).expectCode(ExitCodes.OK);

        assertEquals(1, result.outLines().size(), result.out());
        assertTrue(result.lastLine().startsWith("compat mode=full compatible=true schemas="), result.out());
    }

    @Test
    void requiredMemberAddedToTheProofIsNamedAndFails() throws IOException {
        Path newDir = copyOfV1("new");
        Path proof = newDir.resolve("benchmark-proof.schema.json");
        Files.writeString(proof, Files.readString(proof).replaceFirst("\"required\": \\[", "\"required\": [\"reviewer\", "));

        CliRun result = run("schemas", "compat", copyOfV1("old"), newDir).expectCode(ExitCodes.GATE_FAILED);

        assertTrue(result.out().contains("benchmark-proof.schema.json: changed, incompatible (backward)"), result.out());
        assertTrue(result.out().contains("  REQUIRED_ATTRIBUTE_ADDED old=#/required new=#/required member='reviewer'"
                + " backward=incompatible forward=compatible full=incompatible"), result.out());
    }

    @Test
    void modeDecidesTheExitStatus() {
        Path oldFile = write(tmp.resolve("old/x.schema.json"), CLOSED_OLD);
        Path newFile = write(tmp.resolve("new/x.schema.json"), CLOSED_NEW);

        run("schemas", "compat", oldFile, newFile).expectCode(ExitCodes.OK);
        run("schemas", "compat", "--mode", "backward", oldFile, newFile).expectCode(ExitCodes.OK);
        CliRun forward = run("schemas", "compat", "--mode", "forward", oldFile, newFile).expectCode(ExitCodes.GATE_FAILED);
        run("schemas", "compat", "--mode", "full", oldFile, newFile).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(forward.out().contains("OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL old=#/additionalProperties"
                + " new=#/properties/b member='b' backward=compatible forward=incompatible"), forward.out());
    }

    @Test
    void schemaOnlyInOldIsRemovedAndOnlyInNewIsAdded() {
        Path oldDir = tmp.resolve("old");
        Path newDir = tmp.resolve("new");
        write(oldDir.resolve("kept.schema.json"), CLOSED_OLD);
        write(oldDir.resolve("gone.schema.json"), CLOSED_OLD);
        write(newDir.resolve("kept.schema.json"), CLOSED_OLD);
        write(newDir.resolve("fresh.schema.json"), CLOSED_NEW);

        for (String mode : new String[] {"backward", "forward", "full"}) {
            CliRun result = run("schemas", "compat", "--mode", mode, oldDir, newDir).expectCode(ExitCodes.GATE_FAILED);
            assertTrue(result.out().contains("gone.schema.json: removed, incompatible"), result.out());
            assertTrue(result.out().contains("fresh.schema.json: added, compatible"), result.out());
        }
        Path onlyAdded = tmp.resolve("added");
        write(onlyAdded.resolve("kept.schema.json"), CLOSED_OLD);
        write(onlyAdded.resolve("fresh.schema.json"), CLOSED_NEW);
        write(tmp.resolve("base/kept.schema.json"), CLOSED_OLD);
        run("schemas", "compat", "--mode", "full", tmp.resolve("base"), onlyAdded).expectCode(ExitCodes.OK);
    }

    @Test
    void jsonReportIsValidAgainstItsOwnSchemaAndByteStable() {
        Path oldFile = write(tmp.resolve("old/x.schema.json"), CLOSED_OLD);
        Path newFile = write(tmp.resolve("new/x.schema.json"), CLOSED_NEW);

        CliRun first = run("schemas", "compat", "--format", "json", "--mode", "full", oldFile, newFile).expectCode(ExitCodes.GATE_FAILED);
        CliRun second = run("schemas", "compat", "--format", "json", "--mode", "full", oldFile, newFile);

        assertEquals(first.out(), second.out());
        assertEquals(java.util.List.of(), ContractValidator.bundled().validate(ArtifactKind.SCHEMA_COMPATIBILITY_REPORT, json(first.out())));
        assertEquals("incompatible", json(first.out()).at("/schemas/0/changes/0/full").asString());
        assertEquals("OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL", json(first.out()).at("/schemas/0/changes/0/type").asString());
    }

    @Test
    void markdownIsATableForAPullRequestComment() {
        Path oldFile = write(tmp.resolve("old/x.schema.json"), CLOSED_OLD);
        Path newFile = write(tmp.resolve("new/x.schema.json"), CLOSED_NEW);

        CliRun result = run("schemas", "compat", "--format", "markdown", "--mode", "forward", oldFile, newFile);

        assertEquals("""
                ### Schema compatibility (forward): **incompatible**

                1 of 1 schemas changed; 1 change breaks forward compatibility.

                | schema | change | old | new | detail | backward | forward | full |
                | --- | --- | --- | --- | --- | --- | --- | --- |
                | `x.schema.json` | `OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL` | `#/additionalProperties` | `#/properties/b` | `b` | compatible | **incompatible** | **incompatible** |
                """, result.out());
    }

    @Test
    void badInputNamesTheFileAndTheRule() {
        Path good = write(tmp.resolve("g/good.schema.json"), CLOSED_OLD);
        Path broken = write(tmp.resolve("b/broken.schema.json"), "{\"type\": \"object\",}");
        Path notSchema = write(tmp.resolve("bad/not.schema.json"), "{\"type\": 5}");
        Path array = write(tmp.resolve("arr/array.schema.json"), "[1]");
        Path dir = tmp.resolve("somedir");
        write(dir.resolve("good.schema.json"), CLOSED_OLD);

        run("schemas", "compat", good, broken).expectBadInput("broken.schema.json");
        run("schemas", "compat", good, notSchema).expectBadInput("not.schema.json", "not a draft 2020-12 schema", "/type");
        run("schemas", "compat", good, array).expectBadInput("array.schema.json", "an object or a boolean");
        run("schemas", "compat", good, dir).expectBadInput("both be files or both be directories");
        run("schemas", "compat", good, tmp.resolve("missing.schema.json")).expectBadInput("missing.schema.json");
        run("schemas", "compat", "--mode", "sideways", good, good).expectBadInput("sideways");
        run("schemas", "compat", tmp.resolve("empty-a"), tmp.resolve("empty-b")).expectBadInput("empty-a");
    }
}
