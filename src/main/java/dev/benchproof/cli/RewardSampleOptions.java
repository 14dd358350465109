package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two reward sample files of the proof and significance commands. */
final class RewardSampleOptions {

    @Option(names = "--baseline-samples", required = true, paramLabel = "FILE",
            description = "Baseline episode rewards (JSON array of at least two finite numbers).")
    Path baseline;

    @Option(names = "--trained-samples", required = true, paramLabel = "FILE",
            description = "Trained episode rewards (JSON array of at least two finite numbers).")
    Path trained;

    /** Both reward vectors, streamed into primitive arrays. */
    record Rewards(double[] baseline, double[] trained) {
    }

    /** Reads both files; paired samples must pair up one to one, which is checked here to name both files. */
    Rewards read(boolean paired) {
        Inputs.SamplePair values = Inputs.samples(baseline, "baseline", trained, "trained");
        double[] baselineValues = values.first();
        double[] trainedValues = values.second();
        if (paired && baselineValues.length != trainedValues.length) {
            throw new BadInputException("--paired needs reward vectors of equal length: " + baseline + " has "
                    + baselineValues.length + " samples, " + trained + " has " + trainedValues.length);
        }
        return new Rewards(baselineValues, trainedValues);
    }
}
