package dev.benchproof.cli;

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

    double[] readBaseline() {
        return Inputs.samples(baseline, "baseline");
    }

    double[] readTrained() {
        return Inputs.samples(trained, "trained");
    }
}
