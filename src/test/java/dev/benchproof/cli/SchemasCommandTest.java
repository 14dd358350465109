package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.bytes;
import static dev.benchproof.cli.CliRun.projectRoot;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemasCommandTest {

    @TempDir
    Path tmp;

    private static List<String> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(projectRoot().resolve("schemas/v1"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void listsEveryKind() throws IOException {
        CliRun result = run("schemas").expectCode(ExitCodes.OK);

        for (ArtifactKind kind : ArtifactKind.values()) {
            assertTrue(result.outLines().stream().anyMatch(l -> l.startsWith(kind.kindName() + "\tv1\t" + kind.schemaId() + "\t")),
                    kind + " listed in:\n" + result.out());
        }
        assertEquals(schemaFiles().size(), result.outLines().size(), result.out());
    }

    @Test
    void exportWritesByteIdenticalCopies() throws IOException {
        Path dir = tmp.resolve("export");
        CliRun result = run("schemas", "--export", dir).expectCode(ExitCodes.OK);

        List<String> expected = schemaFiles();
        assertEquals("exported " + expected.size() + " schemas to " + dir, result.lastLine());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : expected) {
            assertArrayEquals(bytes(projectRoot().resolve("schemas/v1").resolve(name)), bytes(dir.resolve(name)), name);
        }
    }

    @Test
    void badUsageExitsTwo() {
        Path file = write(tmp.resolve("a-file"), "x");
        run("schemas", "--export", file).expectBadInput("a-file");
        run("schemas", "--no-such-option").expectBadInput("--no-such-option");
    }
}
