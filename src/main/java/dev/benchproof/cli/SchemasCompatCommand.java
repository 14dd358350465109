package dev.benchproof.cli;

import dev.benchproof.compat.CompatibilityMode;
import dev.benchproof.compat.SchemaSetComparison;
import dev.benchproof.BadInputException;
import dev.benchproof.io.CanonicalJsonWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemas compat}: is NEW a compatible evolution of OLD? Exit 0 compatible, 1 incompatible, 2 bad input. */
@Command(name = "compat",
        description = "Compare draft 2020-12 schemas OLD and NEW (two files, or two directories paired by file name)"
                + " as sets of instances. backward: every instance valid under OLD is valid under NEW; forward: the"
                + " converse; full: both. A change the checker cannot prove is incompatible. Exit 0 compatible,"
                + " 1 incompatible, 2 bad input.")
final class SchemasCompatCommand extends BaseCommand {

    enum Mode { backward, forward, full }

    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "OLD", description = "The released schema file or directory.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The edited schema file or directory.")
    Path newPath;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "backward",
            description = "backward, forward or full (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (described by schema-compatibility-report.schema.json) or markdown for a PR comment"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int execute(PrintWriter out) {
        if (Files.isDirectory(oldPath) != Files.isDirectory(newPath) && Files.exists(oldPath) && Files.exists(newPath)) {
            throw new BadInputException(oldPath + " and " + newPath + ": OLD and NEW must both be files or both be directories");
        }
        SchemaSetReader.SchemaSet oldSet = SchemaSetReader.read(oldPath);
        SchemaSetReader.SchemaSet newSet = SchemaSetReader.read(newPath);
        var oldSchemas = oldSet.schemas();
        var newSchemas = newSet.schemas();
        if (!Files.isDirectory(oldPath)) { // two files are compared whatever their names
            String name = newPath.getFileName().toString();
            oldSchemas = java.util.Map.of(name, oldSchemas.values().iterator().next());
        }
        CompatibilityMode compatibilityMode = CompatibilityMode.valueOf(mode.name().toUpperCase(Locale.ROOT));
        List<SchemaSetComparison.Entry> entries = SchemaSetComparison.compare(oldSchemas, oldSet.resources(),
                newSchemas, newSet.resources());
        switch (format) {
            case json -> out.print(CanonicalJsonWriter.toJson(CompatReports.json(entries, compatibilityMode)));
            case markdown -> out.print(CompatReports.markdown(entries, compatibilityMode));
            default -> out.print(CompatReports.text(entries, compatibilityMode));
        }
        return SchemaSetComparison.compatibleIn(entries, compatibilityMode) ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
