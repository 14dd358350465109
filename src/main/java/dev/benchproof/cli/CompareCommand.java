package dev.benchproof.cli;

import dev.benchproof.artifact.AggregateComparisonAssembler;
import dev.benchproof.artifact.BundleFiles;
import dev.benchproof.artifact.ComparisonDesign;
import dev.benchproof.artifact.RunContext;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.AggregateDecision;
import dev.benchproof.gate.AggregateGate;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.stats.AggregateComparison;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.Estimate;
import dev.benchproof.report.ComparisonReport;
import java.util.LinkedHashMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Run-level comparison with rliable's aggregates: reads both arms' episode records, writes the
 * aggregate-comparison artifact and gates on one aggregate's delta; exit 1 when the gate fails.
 */
@Command(name = "compare",
        description = "Aggregate comparison over runs x tasks (IQM, median, mean, optimality gap, probability of improvement,"
                + " performance profiles) with stratified-bootstrap intervals; exit 1 when the gate fails.")
final class CompareCommand extends BaseCommand {

    @Mixin
    RunRecordOptions runs;

    @Mixin
    RunOptions run;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Directory aggregate-comparison-<run-id>.json is written to (default: ${DEFAULT-VALUE}).")
    String outputDir = BundleFiles.DEFAULT_OUTPUT_DIR;

    @Mixin
    ComparisonOptions comparison;

    @Mixin
    GateFormatOptions format;

    @Option(names = "--report", description = "Also write report.md and report.html of the comparison into the output"
            + " directory.")
    boolean report;

    @Option(names = "--summary-file", paramLabel = "FILE",
            description = "Append the Markdown report to FILE (e.g. \"$GITHUB_STEP_SUMMARY\"); implies --report.")
    Path summaryFile;

    @Override
    protected int execute(PrintWriter out) {
        RunContext context = run.context(null);
        var bootstrap = comparison.bootstrap();
        RunRecordOptions.Runs read = runs.read();
        Result result = compare(read, bootstrap, comparison.metric(), comparison.minDelta, comparison.aggregate.profilePoints);
        if (result.design().unnormalizedMultiTask()) {
            spec.commandLine().getErr().println("compare: warning: " + result.design().tasks().size()
                    + " tasks aggregated on raw scores (no --task-scores): tasks on different scales do not aggregate meaningfully");
            spec.commandLine().getErr().flush();
        }
        var artifact = ArtifactOutput.stage(Path.of(BundleFiles.inDirectory(outputDir, fileName(context.runId()))), ArtifactKind.AGGREGATE_COMPARISON,
                AggregateComparisonAssembler.build(context, result.design(), result.comparison(), result.decision()));
        LinkedHashMap<Path, byte[]> reportFiles = report || summaryFile != null
                ? ReportFiles.render(ComparisonReport.document((dev.benchproof.model.v1.AggregateComparison) artifact.model()), Path.of(outputDir),
                        summaryFile)
                : new LinkedHashMap<>();
        ArtifactOutput.commit(List.of(artifact), reportFiles);
        format.print(out, () -> GateReports.compare(artifact.path(), result), () -> {
            print(out, result);
            if (!reportFiles.isEmpty()) {
                out.println(ReportFiles.line(reportFiles));
            }
            out.println("compare_status=" + (result.decision().pass() ? "pass" : "fail") + " output=" + artifact.path());
        });
        return result.decision().pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** Everything a run-level comparison decides, before it becomes an artifact. */
    record Result(ComparisonDesign design, AggregateComparison comparison, AggregateDecision decision) {
    }

    static Result compare(RunRecordOptions.Runs read, dev.benchproof.stats.StratifiedBootstrap bootstrap, AggregateMetric metric,
                          double minDelta, int profilePoints) {
        double[] taus = dev.benchproof.stats.RliableAggregates.profileThresholds(read.baselineScores(), read.trainedScores(),
                profilePoints);
        AggregateComparison c = bootstrap.compare(read.baselineScores(), read.trainedScores(), taus);
        AggregateDecision decision = AggregateGate.decide(c, metric, minDelta, read.baseline().runs(), read.trained().runs());
        return new Result(read.design(bootstrap.optimalityThreshold()), c, decision);
    }

    static void print(PrintWriter out, Result result) {
        for (AggregateMetric metric : AggregateMetric.values()) {
            AggregateComparison.Arms arms = result.comparison().of(metric);
            out.println(metric.key() + " baseline=" + ProofCommand.number(arms.baseline().point()) + " trained="
                    + ProofCommand.number(arms.trained().point()) + " delta=" + interval(arms.delta()));
        }
        out.println("probability_of_improvement=" + interval(result.comparison().probabilityOfImprovement()));
        for (ReasonCode code : result.decision().reasons()) {
            out.println("reason=" + code.code());
        }
        result.decision().runsNeededPerArm().ifPresent(n -> out.println("runs_needed_per_arm=" + n));
    }

    private static String interval(Estimate e) {
        return ProofCommand.number(e.point()) + " [" + ProofCommand.number(e.ciLow()) + ", " + ProofCommand.number(e.ciHigh()) + "]";
    }

    static String fileName(String runId) {
        return BundleFiles.aggregateComparison(runId);
    }
}
