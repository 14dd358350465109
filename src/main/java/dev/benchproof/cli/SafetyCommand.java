package dev.benchproof.cli;

import dev.benchproof.artifact.RunContext;
import dev.benchproof.artifact.SafetyReportAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyGate;
import dev.benchproof.gate.SafetyInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The safety-regression benchmark on its own: report and gate; exit 1 when promotion is blocked. */
@Command(name = "safety", description = "Safety-regression report and gate; exit 1 when promotion is blocked.")
final class SafetyCommand extends BaseCommand {

    @Option(names = "--baseline-safety-samples", required = true, paramLabel = "FILE",
            description = "Per-episode safety penalties of the baseline (JSON array of numbers).")
    Path baselineSamples;

    @Option(names = "--trained-safety-samples", required = true, paramLabel = "FILE",
            description = "Per-episode safety penalties of the trained checkpoint (JSON array of numbers).")
    Path trainedSamples;

    @Mixin
    RunOptions run;

    @Mixin
    SafetyThresholdOption threshold;

    @Option(names = "--output-report", paramLabel = "FILE",
            defaultValue = "tasks/reports/m24-benchmark-safety-regression.json",
            description = "Where the report is written (default: ${DEFAULT-VALUE}).")
    Path outputReport;

    @Mixin
    SafetyGateOptions safetyGate;

    @Override
    protected int execute(PrintWriter out) {
        RunContext context = run.context(null);
        SafetyGate gate = safetyGate.gate(threshold.maxSafetyRegression);
        Inputs.SamplePair penalties = Inputs.samples(baselineSamples, "baseline safety", trainedSamples,
                "trained safety");
        SafetyDecision decision = gate.decide(SafetyInput.ofSamples(penalties.first(), penalties.second()));
        var report = ArtifactOutput.stage(outputReport, ArtifactKind.SAFETY_REGRESSION_REPORT,
                SafetyReportAssembler.build(context, decision));
        ArtifactOutput.commit(List.of(report));
        decision.diagnostics().forEach(out::println);
        out.println("promotion_allowed=" + decision.promotionAllowed() + " delta=" + ProofCommand.number(decision.delta())
                + " threshold=" + ProofCommand.number(decision.threshold()) + " output=" + outputReport);
        return decision.promotionAllowed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
