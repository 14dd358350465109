package dev.benchproof.report;

import dev.benchproof.model.v1.AggregateComparison;
import java.util.List;

/** The report of a comparison over runs and tasks on its own ({@code compare --report}). */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static ReportDocument document(AggregateComparison comparison) {
        AggregateComparisonSection section = new AggregateComparisonSection(comparison);
        boolean pass = comparison.getGate().getPass();
        String verdict = pass ? "PASS: the trained runs improve on the baseline runs."
                : "FAIL: the improvement of the trained runs is not established.";
        String context = "Run " + comparison.getRunId() + ", generated " + comparison.getGeneratedAt() + ": "
                + comparison.getDesign().getBaselineRuns() + " baseline and " + comparison.getDesign().getTrainedRuns()
                + " trained runs.";
        return new ReportDocument("benchproof compare: " + comparison.getRunId(), pass, verdict, section.gate(), context,
                List.of(section));
    }
}
