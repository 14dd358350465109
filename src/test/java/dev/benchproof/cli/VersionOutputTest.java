package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.SchemaCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --version: the build's version and commit, baked in at build time, and every bundled schema's version. */
class VersionOutputTest {

    @Test
    void printsVersionCommitAndSchemaVersions() {
        List<String> lines = run("--version").expectCode(ExitCodes.OK).outLines();
        assertTrue(lines.get(0).matches("benchproof \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        // a git checkout bakes in a full commit id; a build without .git says "unknown", never a placeholder
        assertTrue(lines.get(1).matches("commit ([0-9a-f]{40}|unknown)"), lines.get(1));
        List<SchemaCatalog.BundledSchema> schemas = SchemaCatalog.bundled().list();
        assertEquals(2 + schemas.size(), lines.size(), String.join("\n", lines));
        for (int i = 0; i < schemas.size(); i++) {
            SchemaCatalog.BundledSchema schema = schemas.get(i);
            assertEquals("schema " + schema.kind() + " v" + schema.version() + " " + schema.id(), lines.get(2 + i));
        }
    }

    @Test
    void theBuildFilledTheVersionFromThePom() {
        assertTrue(!VersionProvider.buildInfo().getProperty("version").equals("unknown"),
                "build-info.properties was not filtered by Maven");
    }
}
