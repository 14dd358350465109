package dev.benchproof.cli;

import dev.benchproof.io.AtomicFiles;
import dev.benchproof.BadInputException;
import dev.benchproof.report.ReportInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Renders the proof bundle in a directory as report.md and report.html. */
@Command(name = "report",
        description = "Render the proof bundle in DIR (the proof and the reports it references) as report.md and"
                + " report.html; exit 0 whatever the verdict.")
final class ReportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory holding one m24-benchmark-proof-<run_id>.json"
            + " and the reports it references.")
    Path directory;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where report.md and report.html go (default: DIR).")
    Path outputDir;

    @Option(names = "--summary-file", paramLabel = "FILE",
            description = "Also append the Markdown to FILE (e.g. \"$GITHUB_STEP_SUMMARY\").")
    Path summaryFile;

    @Option(names = "--baseline-samples", paramLabel = "FILE",
            description = "Baseline rewards the proof was made from, for the distribution plot (with --trained-samples).")
    Path baselineSamples;

    @Option(names = "--trained-samples", paramLabel = "FILE",
            description = "Trained rewards the proof was made from, for the distribution plot (with --baseline-samples).")
    Path trainedSamples;

    @Override
    protected int execute(PrintWriter out) {
        if ((baselineSamples == null) != (trainedSamples == null)) {
            throw new BadInputException("--baseline-samples and --trained-samples go together");
        }
        Optional<ReportInput.RewardSamples> samples = Optional.ofNullable(baselineSamples)
                .map(b -> Inputs.samples(b, "baseline", trainedSamples, "trained"))
                .map(pair -> new ReportInput.RewardSamples(pair.first(), pair.second()));
        ReportInput bundle = BundleReader.read(directory, samples);
        LinkedHashMap<Path, byte[]> files = ReportFiles.render(bundle, outputDir != null ? outputDir : directory, summaryFile);
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + files.keySet().iterator().next() + ": "
                    + ArtifactOutput.reason(e), e);
        }
        out.println(ReportFiles.line(files));
        return ExitCodes.OK;
    }
}
