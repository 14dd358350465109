package dev.benchproof.cli;

import dev.benchproof.artifact.EvaluationAssembler;
import dev.benchproof.artifact.EvaluationIds;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.Observation;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.gate.PromotionGate;
import dev.benchproof.gate.PromotionPolicy;
import dev.benchproof.gate.Requirement;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The typed evaluation artifact, for archive and replay; exit 1 when promotion is blocked. */
@Command(name = "evaluate",
        description = "Write the evaluation artifact (policy improvement, reproducibility, checkpoint promotion);"
                + " exit 1 when promotion is blocked.")
final class EvaluateCommand extends BaseCommand {

    @Option(names = "--baseline-samples", required = true, paramLabel = "FILE",
            description = "Baseline policy episode rewards (JSON array of at least two finite numbers).")
    Path baselineSamples;

    @Option(names = {"--candidate-samples", "--trained-samples"}, required = true, paramLabel = "FILE",
            description = "Candidate policy episode rewards (JSON array of at least two finite numbers).")
    Path candidateSamples;

    @Option(names = "--suite-id", required = true, paramLabel = "ID", description = "Benchmark suite id.")
    String suiteId;

    @Option(names = "--baseline-policy-id", required = true, paramLabel = "ID", description = "Baseline policy id.")
    String baselinePolicyId;

    @Option(names = "--candidate-policy-id", required = true, paramLabel = "ID", description = "Candidate policy id.")
    String candidatePolicyId;

    @Option(names = "--generated-at-epoch-ms", paramLabel = "MS",
            description = "Generation time in ms since 1970 (default: $SOURCE_DATE_EPOCH, else now).")
    Long generatedAtEpochMs;

    @Option(names = "--alpha", paramLabel = "ALPHA", defaultValue = "0.05",
            description = "Significance level of the intervals, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--max-safety-regression", paramLabel = "DELTA", defaultValue = "0.05",
            description = "Largest tolerated rise of the mean safety penalty (default: ${DEFAULT-VALUE}).")
    double maxSafetyRegression;

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

    @Option(names = "--max-p-value-range", paramLabel = "P", defaultValue = "0.05",
            description = "Seed band: largest p-value range (default: ${DEFAULT-VALUE}).")
    double maxPValueRange;

    @Option(names = "--max-reward-delta-range", paramLabel = "DELTA", defaultValue = "0.05",
            description = "Seed band: largest reward-delta range (default: ${DEFAULT-VALUE}).")
    double maxRewardDeltaRange;

    @Option(names = "--max-p-value-drift", paramLabel = "P", defaultValue = "0.04",
            description = "Sensitivity band: largest p-value change between neighbouring sizes (default: ${DEFAULT-VALUE}).")
    double maxPValueDrift;

    @Option(names = "--max-reward-delta-drift", paramLabel = "DELTA", defaultValue = "0.08",
            description = "Sensitivity band: largest reward-delta change between neighbouring sizes (default: ${DEFAULT-VALUE}).")
    double maxRewardDeltaDrift;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "tasks/reports",
            description = "Directory the artifact is written to (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Mixin
    SafetyOptions safety;

    @Override
    protected int execute(PrintWriter out) {
        EvaluationIds ids = new EvaluationIds(RunOptions.requireNonBlank("--suite-id", suiteId),
                RunOptions.requireNonBlank("--baseline-policy-id", baselinePolicyId),
                RunOptions.requireNonBlank("--candidate-policy-id", candidatePolicyId), epochMs());
        PromotionPolicy policy = new PromotionPolicy(maxSafetyRegression,
                requireSeeds ? Requirement.REQUIRED : Requirement.NOT_REQUIRED,
                requireSensitivity ? Requirement.REQUIRED : Requirement.NOT_REQUIRED);
        SignificanceGate gate = SignificanceGate.withDefaults().withAlpha(alpha).withBootstrap(0, 0);
        List<Observation> observations = observationsFile == null ? List.of() : Inputs.observations(observationsFile);
        double[] baseline = Inputs.samples(baselineSamples, "baseline");
        double[] candidate = Inputs.samples(candidateSamples, "candidate");
        SafetyInput safetyInput = safety.input(baseline.length, candidate.length);

        SignificanceOutcome improvement = gate.evaluate(baseline, candidate);
        Optional<SeedReproducibility> seeds = SeedReproducibility.evaluate(observations,
                optional(reproducibilitySampleSize), maxPValueRange, maxRewardDeltaRange);
        Optional<SampleSizeSensitivity> sensitivity = SampleSizeSensitivity.evaluate(observations,
                optional(sensitivitySeed), maxPValueDrift, maxRewardDeltaDrift);
        PromotionDecision decision = PromotionGate.decide(policy,
                safetyInput.trainedMean() - safetyInput.baselineMean(), seeds, sensitivity);

        var artifact = ArtifactOutput.stage(outputDir.resolve(ids.fileName()), ArtifactKind.EVALUATION_ARTIFACT,
                EvaluationAssembler.build(ids, improvement, seeds, sensitivity, decision));
        ArtifactOutput.commit(List.of(artifact));
        out.println("promotion_allowed=" + decision.promotionAllowed()
                + (decision.reasonCodes().isEmpty() ? "" : " reason_codes=" + String.join(",",
                decision.reasonCodes().stream().map(c -> c.code()).toList()))
                + " output=" + artifact.path());
        return decision.promotionAllowed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    private long epochMs() {
        if (generatedAtEpochMs != null) {
            if (generatedAtEpochMs < 0 || generatedAtEpochMs > 253_402_300_799_999L) {
                throw new BadInputException("--generated-at-epoch-ms must be in [0, 253402300799999], found "
                        + generatedAtEpochMs);
            }
            return generatedAtEpochMs;
        }
        return GenerationTime.resolve(null, "--generated-at-epoch-ms").toEpochMilli();
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
