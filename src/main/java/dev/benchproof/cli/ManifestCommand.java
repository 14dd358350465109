package dev.benchproof.cli;

import dev.benchproof.artifact.ManifestAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.ManifestGate;
import dev.benchproof.gate.ManifestQualityDecision;
import dev.benchproof.BadInputException;
import dev.benchproof.model.v1.InvalidFile;
import dev.benchproof.model.v1.ManifestEntry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scans a directory of artifacts into a manifest with a quality gate; one bad file never aborts the scan. */
@Command(name = "manifest",
        description = "Scan a directory of artifacts, validate each, and write the artifact manifest;"
                + " exit 1 when its quality gate fails.")
final class ManifestCommand extends BaseCommand {

    static final String DEFAULT_FILE = "artifact-manifest.json";

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory whose *.json files are scanned (not its subdirectories).")
    String directory;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where the manifest is written (default: DIR/" + DEFAULT_FILE + ", left out of the scan).")
    Path output;

    @Option(names = "--min-valid-entries", paramLabel = "N",
            description = "Smallest acceptable number of valid artifacts (default: ${DEFAULT-VALUE}).")
    long minValidEntries = ManifestGate.DEFAULT_MIN_VALID_ENTRIES;

    @Option(names = "--max-invalid-ratio", paramLabel = "RATIO",
            description = "Largest acceptable share of invalid files (default: ${DEFAULT-VALUE}).")
    double maxInvalidRatio = ManifestGate.DEFAULT_MAX_INVALID_RATIO;

    @Mixin
    GateFormatOptions format;

    /** The first error; a parse error already names the file as the manifest lists it. */
    private static String reason(FileValidator.Result result) {
        return result.readable() ? result.errors().get(0).render() : result.errors().get(0).message();
    }

    @Override
    protected int execute(PrintWriter out) {
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(directory + ": not a directory");
        }
        Path target = output != null ? output : dir.resolve(DEFAULT_FILE);
        ManifestGate.judge(0, 0, minValidEntries, maxInvalidRatio); // checks the thresholds before any work

        FileValidator validator = FileValidator.byDeclaredKind();
        List<ManifestEntry> valid = new ArrayList<>();
        List<InvalidFile> invalid = new ArrayList<>();
        long scanned = 0;
        for (Path file : JsonFiles.list(dir)) {
            if (file.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                continue; // the manifest never lists itself
            }
            scanned++;
            String relative = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            FileValidator.Result result = validator.validate(file, relative);
            if (result.valid()) {
                valid.add(ManifestAssembler.entry(relative, result.kind().orElseThrow(), result.instance()));
            } else {
                invalid.add(ManifestAssembler.invalid(relative, reason(result)));
            }
        }
        ManifestQualityDecision quality = ManifestGate.judge(valid.size(), invalid.size(), minValidEntries,
                maxInvalidRatio);
        var manifest = ArtifactOutput.stage(target, ArtifactKind.ARTIFACT_MANIFEST,
                ManifestAssembler.build(directory, scanned, valid, invalid, quality));
        ArtifactOutput.commit(List.of(manifest));
        format.print(out, () -> GateReports.manifest(target.toString(), quality), () ->
                out.println("manifest_status=" + (quality.pass() ? "pass" : "fail") + " valid=" + valid.size()
                        + " invalid=" + invalid.size() + " output=" + target));
        return quality.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
