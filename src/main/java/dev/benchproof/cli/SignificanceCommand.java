package dev.benchproof.cli;

import dev.benchproof.artifact.ReportAssembler;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.SafetyInput;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.gate.Thresholds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The significance report on its own; exit 1 when the delta interval does not exclude zero. */
@Command(name = "significance",
        description = "Significance report of trained against baseline rewards; exit 1 when not significant.")
final class SignificanceCommand extends BaseCommand {

    @Mixin
    RewardSampleOptions samples;

    @Option(names = "--output-report", paramLabel = "FILE", defaultValue = "tasks/reports/m24-benchmark-significance.json",
            description = "Where the report is written (default: ${DEFAULT-VALUE}).")
    Path outputReport;

    @Option(names = "--baseline-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the baseline (default: ${DEFAULT-VALUE}).")
    double baselinePenalty = SafetyInput.NO_PENALTY;

    @Option(names = "--trained-safety-penalty", paramLabel = "PENALTY",
            description = "Mean safety penalty of the trained checkpoint (default: ${DEFAULT-VALUE}).")
    double trainedPenalty = SafetyInput.NO_PENALTY;

    @Mixin
    RunOptions run;

    @Mixin
    SuiteOptions suite;

    @Mixin
    StatisticsOptions statistics;

    @Mixin
    RetentionOptions retention;

    @Override
    protected int execute(PrintWriter out) {
        var context = run.context(suite);
        var retentionPolicy = retention.policy(context.generatedAt());
        var gate = statistics.gate();
        Thresholds.finite("baseline_safety_penalty", baselinePenalty);
        Thresholds.finite("trained_safety_penalty", trainedPenalty);
        RewardSampleOptions.Rewards rewards = samples.read(statistics.paired);
        SignificanceOutcome outcome = gate.evaluate(rewards.baseline(), rewards.trained());
        var report = ArtifactOutput.stage(outputReport, ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(context, retentionPolicy, outcome, baselinePenalty, trainedPenalty));
        ArtifactOutput.commit(List.of(report));
        out.println("significance_status=" + (outcome.pass() ? "pass" : "fail")
                + " p_value=" + ProofCommand.number(outcome.pValue())
                + " delta_ci_low=" + (Double.isFinite(outcome.deltaInterval().low())
                        ? ProofCommand.number(outcome.deltaInterval().low()) : "null")
                + " output=" + outputReport);
        return outcome.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
