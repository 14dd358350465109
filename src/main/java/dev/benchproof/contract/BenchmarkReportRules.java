package dev.benchproof.contract;

import dev.benchproof.gate.SignificanceOutcome;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Publication paths, retention dates and significance flags of a benchmark report. */
final class BenchmarkReportRules implements CrossFieldRule {

    @Override
    public List<Violation> check(JsonNode report) {
        Checks checks = new Checks();
        String runId = report.path("run_id").asString();
        String kind = report.path("report_kind").asString();
        Instant generatedAt = Timestamps.parse(report.path("generated_at").asString()).orElse(null);
        checks.requireEquals(report, "/publication/report_path", PublicationPaths.reportPath(runId, kind),
                "publication-path", "the path derived from run_id and report_kind");
        if (generatedAt != null) {
            checks.requireEquals(report, "/publication/archive_path", PublicationPaths.archivePath(runId, kind, generatedAt),
                    "archive-path", "the path derived from run_id, report_kind and generated_at");
            long retainDays = report.at("/retention/retain_days").asLong();
            checks.requireEquals(report, "/retention/purge_after", PublicationPaths.purgeAfter(generatedAt, retainDays),
                    "purge-after", "generated_at + retain_days");
        }
        long archiveAfter = report.at("/retention/archive_after_days").asLong();
        long retain = report.at("/retention/retain_days").asLong();
        checks.require(archiveAfter <= retain, "/retention/archive_after_days", "archive-after-days",
                "must be <= retain_days (" + retain + "), found " + archiveAfter);
        JsonNode significance = report.get("significance");
        if (significance != null) {
            checkSignificance(report, checks);
        }
        return checks.result();
    }

    private static void checkSignificance(JsonNode report, Checks checks) {
        double p = Checks.at(report, "/significance/p_value");
        checks.requireClose(report, "/significance/confidence_level", 1.0 - p, "confidence-level", "1 - p_value");
        checks.requireFlag(report, "/significance/pass",
                SignificanceOutcome.significant(Checks.lowerEnd(report, "/significance/delta_ci_low")),
                "significance-pass", "pass means delta_ci_low > 0 (null: minus infinity)");
        double trained = Checks.at(report, "/significance/trained_mean_reward");
        double baseline = Checks.at(report, "/significance/baseline_mean_reward");
        checks.requireDifference(report, "/significance/mean_delta", trained, baseline, "mean-delta",
                "trained_mean_reward - baseline_mean_reward");
        checks.requireClose(report, "/metrics/mean_reward", trained, "significance-metrics",
                "significance.trained_mean_reward");
        double low = Checks.lowerEnd(report, "/significance/delta_ci_low");
        double high = Checks.upperEnd(report, "/significance/delta_ci_high");
        checks.require(low <= high, "/significance/delta_ci_low", "delta-interval",
                () -> "must be <= delta_ci_high (" + Checks.num(high) + "), found " + Checks.num(low));
    }
}
