package dev.benchproof.cli;

import dev.benchproof.gate.SafetyInput;
import dev.benchproof.BadInputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Safety inputs of the proof and evaluate commands: the two mean penalties (the reference behaviour)
 * or per-episode safety sample files, never both.
 */
final class SafetyOptions {

    @Option(names = "--baseline-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the baseline (default: 0.0).")
    Double baselinePenalty;

    @Option(names = "--trained-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the trained checkpoint (default: 0.0).")
    Double trainedPenalty;

    @Option(names = "--baseline-safety-samples", paramLabel = "FILE",
            description = "Per-episode safety penalties of the baseline (JSON array of numbers).")
    Path baselineSamples;

    @Option(names = "--trained-safety-samples", paramLabel = "FILE",
            description = "Per-episode safety penalties of the trained checkpoint (JSON array of numbers).")
    Path trainedSamples;

    /** The safety input, read from sample files or taken from the mean penalties. */
    SafetyInput input(long baselineEpisodes, long trainedEpisodes) {
        boolean files = baselineSamples != null || trainedSamples != null;
        if (files && (baselinePenalty != null || trainedPenalty != null)) {
            throw new BadInputException("give either --baseline-safety-penalty/--trained-safety-penalty or"
                    + " --baseline-safety-samples/--trained-safety-samples, not both");
        }
        if (files) {
            if (baselineSamples == null || trainedSamples == null) {
                throw new BadInputException("--baseline-safety-samples and --trained-safety-samples go together");
            }
            return SafetyInput.ofSamples(Inputs.samples(baselineSamples, "baseline safety"),
                    Inputs.samples(trainedSamples, "trained safety"));
        }
        return SafetyInput.ofMeans(baselinePenalty == null ? 0.0 : baselinePenalty,
                trainedPenalty == null ? 0.0 : trainedPenalty, baselineEpisodes, trainedEpisodes);
    }
}
