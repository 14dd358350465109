package dev.benchproof.cli;

import dev.benchproof.gate.SignificanceGate;
import picocli.CommandLine.Option;

/** The significance level of the tests and intervals. */
final class AlphaOption {

    @Option(names = "--alpha", paramLabel = "ALPHA",
            description = "Significance level of the tests and intervals, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double alpha = SignificanceGate.DEFAULT_ALPHA;
}
