package dev.benchproof.cli;

import dev.benchproof.gate.SafetyInput;
import dev.benchproof.BadInputException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Safety inputs of the proof and evaluate commands: the two mean penalties (the reference behaviour)
 * or per-episode safety sample files, never both.
 */
final class SafetyOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--baseline-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the baseline (default: ${DEFAULT-VALUE}).")
    double baselinePenalty = SafetyInput.NO_PENALTY;

    @Option(names = "--trained-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the trained checkpoint (default: ${DEFAULT-VALUE}).")
    double trainedPenalty = SafetyInput.NO_PENALTY;

    @Option(names = "--baseline-safety-samples", paramLabel = "FILE",
            description = "Per-episode safety penalties of the baseline (JSON array of numbers).")
    Path baselineSamples;

    @Option(names = "--trained-safety-samples", paramLabel = "FILE",
            description = "Per-episode safety penalties of the trained checkpoint (JSON array of numbers).")
    Path trainedSamples;

    /** True when any safety option was given on the command line. */
    boolean given() {
        ParseResult parsed = mixee.commandLine().getParseResult();
        return baselineSamples != null || trainedSamples != null || parsed.hasMatchedOption("--baseline-safety-penalty")
                || parsed.hasMatchedOption("--trained-safety-penalty");
    }

    /** The safety input, read from sample files or taken from the mean penalties. */
    SafetyInput input(long baselineEpisodes, long trainedEpisodes) {
        boolean files = baselineSamples != null || trainedSamples != null;
        ParseResult given = mixee.commandLine().getParseResult();
        if (files && (given.hasMatchedOption("--baseline-safety-penalty")
                || given.hasMatchedOption("--trained-safety-penalty"))) {
            throw new BadInputException("give either --baseline-safety-penalty/--trained-safety-penalty or"
                    + " --baseline-safety-samples/--trained-safety-samples, not both");
        }
        if (files) {
            if (baselineSamples == null || trainedSamples == null) {
                throw new BadInputException("--baseline-safety-samples and --trained-safety-samples go together");
            }
            Inputs.SamplePair penalties = Inputs.samples(baselineSamples, "baseline safety", trainedSamples,
                    "trained safety");
            return SafetyInput.ofSamples(penalties.first(), penalties.second());
        }
        return SafetyInput.ofMeans(baselinePenalty, trainedPenalty, baselineEpisodes, trainedEpisodes);
    }
}
