package dev.benchproof.cli;

import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyGateMode;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.io.BadInputException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--safety-gate", paramLabel = "MODE", defaultValue = "delta", converter = ModeConverter.class,
            description = "delta: block when the delta exceeds the threshold; upper-bound: also block when its"
                    + " one-sided upper confidence bound does (needs sample files) (default: ${DEFAULT-VALUE}).")
    SafetyGateMode mode;

    @Option(names = "--safety-bound-alpha", paramLabel = "ALPHA", defaultValue = "0.05",
            description = "1 - confidence of the upper-bound gate's one-sided bound, in (0, 0.5) (default: ${DEFAULT-VALUE}).")
    double boundAlpha;

    SafetyGate gate(double maxSafetyRegression) {
        return SafetyGate.withThreshold(maxSafetyRegression).with(mode).withBoundAlpha(boundAlpha);
    }

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

    static final class ModeConverter implements ITypeConverter<SafetyGateMode> {
        @Override
        public SafetyGateMode convert(String value) {
            for (SafetyGateMode mode : SafetyGateMode.values()) {
                if (mode.label().equals(value)) {
                    return mode;
                }
            }
            throw new TypeConversionException("expected delta or upper-bound, found '" + value + "'");
        }
    }
}
