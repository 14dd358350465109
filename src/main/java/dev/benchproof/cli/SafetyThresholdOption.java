package dev.benchproof.cli;

import dev.benchproof.gate.SafetyGate;
import picocli.CommandLine.Option;

/** The safety threshold of the standalone safety gate and of checkpoint promotion. */
final class SafetyThresholdOption {

    @Option(names = "--max-safety-regression", paramLabel = "DELTA",
            description = "Largest tolerated rise of the mean safety penalty (default: ${DEFAULT-VALUE}).")
    double maxSafetyRegression = SafetyGate.DEFAULT_MAX_SAFETY_REGRESSION;
}
