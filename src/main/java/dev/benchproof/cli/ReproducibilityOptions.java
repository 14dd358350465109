package dev.benchproof.cli;

import dev.benchproof.gate.Observation;
import dev.benchproof.gate.Requirement;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Option;

/** Seed reproducibility and sample-size sensitivity of an evaluation: the observations, the bands, the demands. */
final class ReproducibilityOptions {

    @Option(names = "--require-seed-reproducibility",
            description = "Block promotion unless seed reproducibility is within band.")
    boolean requireSeeds;

    @Option(names = "--require-sample-sensitivity",
            description = "Block promotion unless sample-size sensitivity is within band.")
    boolean requireSensitivity;

    @Option(names = "--observations", paramLabel = "FILE",
            description = "Reproducibility observations: JSON array of {seed, sample_size, p_value, reward_delta}.")
    Path observationsFile;

    @Option(names = "--reproducibility-sample-size", paramLabel = "N",
            description = "Sample size the seeds are compared at (default: the largest with two runs).")
    Long reproducibilitySampleSize;

    @Option(names = "--sensitivity-seed", paramLabel = "SEED",
            description = "Seed whose sample sizes are compared (default: the smallest seen at two sizes).")
    Long sensitivitySeed;

    @Option(names = "--max-p-value-range", paramLabel = "P",
            description = "Seed band: largest p-value range (default: ${DEFAULT-VALUE}).")
    double maxPValueRange = SeedReproducibility.DEFAULT_MAX_P_VALUE_RANGE;

    @Option(names = "--max-reward-delta-range", paramLabel = "DELTA",
            description = "Seed band: largest reward-delta range (default: ${DEFAULT-VALUE}).")
    double maxRewardDeltaRange = SeedReproducibility.DEFAULT_MAX_REWARD_DELTA_RANGE;

    @Option(names = "--max-p-value-drift", paramLabel = "P",
            description = "Sensitivity band: largest p-value change between neighbouring sizes (default: ${DEFAULT-VALUE}).")
    double maxPValueDrift = SampleSizeSensitivity.DEFAULT_MAX_P_VALUE_DRIFT;

    @Option(names = "--max-reward-delta-drift", paramLabel = "DELTA",
            description = "Sensitivity band: largest reward-delta change between neighbouring sizes (default: ${DEFAULT-VALUE}).")
    double maxRewardDeltaDrift = SampleSizeSensitivity.DEFAULT_MAX_REWARD_DELTA_DRIFT;

    Requirement seeds() {
        return requireSeeds ? Requirement.REQUIRED : Requirement.NOT_REQUIRED;
    }

    Requirement sensitivity() {
        return requireSensitivity ? Requirement.REQUIRED : Requirement.NOT_REQUIRED;
    }

    List<Observation> observations() {
        return observationsFile == null ? List.of() : Inputs.observations(observationsFile);
    }

    Optional<SeedReproducibility> seedReproducibility(List<Observation> observations) {
        return SeedReproducibility.evaluate(observations, optional(reproducibilitySampleSize), maxPValueRange,
                maxRewardDeltaRange);
    }

    Optional<SampleSizeSensitivity> sampleSizeSensitivity(List<Observation> observations) {
        return SampleSizeSensitivity.evaluate(observations, optional(sensitivitySeed), maxPValueDrift,
                maxRewardDeltaDrift);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
