package dev.benchproof.cli;

import dev.benchproof.contract.SchemaCatalog;
import dev.benchproof.contract.SchemaVersion;
import dev.benchproof.io.AtomicFiles;
import dev.benchproof.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the bundled schemas and exports them unchanged for other-language consumers. */
@Command(name = "schemas", description = "List the bundled schemas (kind, version, $id, file); --export writes them out.",
        subcommands = SchemasCompatCommand.class)
final class SchemasCommand extends BaseCommand {

    @Option(names = "--export", paramLabel = "DIR", description = "Write every bundled schema, unchanged, into DIR"
            + " (the current version's directly, earlier versions' into DIR/v<N>/).")
    Path exportDir;

    /** Each version's file names are the same, so only the current version's go to the top level. */
    private Path exportPath(SchemaCatalog.BundledSchema schema) {
        return schema.version() == SchemaVersion.CURRENT.number() ? exportDir.resolve(schema.fileName())
                : exportDir.resolve("v" + schema.version()).resolve(schema.fileName());
    }

    @Override
    protected int execute(PrintWriter out) {
        List<SchemaCatalog.BundledSchema> schemas = SchemaCatalog.bundled().list();
        if (exportDir != null) {
            LinkedHashMap<Path, byte[]> files = new LinkedHashMap<>();
            schemas.forEach(s -> files.put(exportPath(s), s.text().getBytes(StandardCharsets.UTF_8)));
            try {
                AtomicFiles.writeAll(files);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + exportDir + ": " + ArtifactOutput.reason(e), e);
            }
            out.println("exported " + schemas.size() + " schemas to " + exportDir);
            return ExitCodes.OK;
        }
        for (SchemaCatalog.BundledSchema schema : schemas) {
            out.println(schema.kind() + "\tv" + schema.version() + "\t" + schema.id() + "\t" + schema.fileName());
        }
        return ExitCodes.OK;
    }
}
