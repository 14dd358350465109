package dev.benchproof.cli;

import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.EvaluationAssembler;
import dev.benchproof.artifact.EvaluationIds;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.Observation;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.gate.PromotionGate;
import dev.benchproof.gate.PromotionPolicy;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @Mixin
    EvaluationIdOptions evaluation;

    @Mixin
    AlphaOption alpha;

    @Mixin
    SafetyThresholdOption safetyThreshold;

    @Mixin
    ReproducibilityOptions reproducibility;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Directory the artifact is written to (default: ${DEFAULT-VALUE}).")
    Path outputDir = Path.of(BundleFiles.DEFAULT_OUTPUT_DIR);

    @Mixin
    SafetyOptions safety;

    @Override
    protected int execute(PrintWriter out) {
        EvaluationIds ids = evaluation.ids();
        PromotionPolicy policy = new PromotionPolicy(safetyThreshold.maxSafetyRegression, reproducibility.seeds(),
                reproducibility.sensitivity());
        SignificanceGate gate = SignificanceGate.withDefaults().withAlpha(alpha.alpha).withBootstrap(0, 0);
        List<Observation> observations = reproducibility.observations();
        Inputs.SamplePair rewards = Inputs.samples(baselineSamples, "baseline", candidateSamples, "candidate");
        double[] baseline = rewards.first();
        double[] candidate = rewards.second();
        SafetyInput safetyInput = safety.input(baseline.length, candidate.length);

        SignificanceOutcome improvement = gate.evaluate(baseline, candidate);
        Optional<SeedReproducibility> seeds = reproducibility.seedReproducibility(observations);
        Optional<SampleSizeSensitivity> sensitivity = reproducibility.sampleSizeSensitivity(observations);
        PromotionDecision decision = PromotionGate.decide(policy,
                safetyInput.trainedMean() - safetyInput.baselineMean(), seeds, sensitivity);

        var artifact = ArtifactOutput.stage(outputDir.resolve(ids.fileName()), ArtifactKind.EVALUATION_ARTIFACT,
                EvaluationAssembler.build(ids, improvement, seeds, sensitivity, decision));
        ArtifactOutput.commit(List.of(artifact));
        out.println("promotion_allowed=" + decision.promotionAllowed()
                + (decision.reasonCodes().isEmpty() ? "" : " reason_codes=" + String.join(",",
                decision.reasonCodes().stream().map(ReasonCode::code).toList()))
                + " output=" + artifact.path());
        return decision.promotionAllowed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
