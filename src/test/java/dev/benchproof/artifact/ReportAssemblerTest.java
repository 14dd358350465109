package dev.benchproof.artifact;

import static dev.benchproof.artifact.Artifacts.RUN;
import static dev.benchproof.artifact.Artifacts.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.GateException;
import dev.benchproof.gate.SampleDesign;
import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.BenchmarkReport.ReportKind;
import dev.benchproof.model.v1.ReportRetention.Policy;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class ReportAssemblerTest {

    @ParameterizedTest
    @EnumSource(value = ReportKind.class, names = {"BASELINE", "TRAINED", "SUMMARY"})
    void armReportsAreValid(ReportKind kind) {
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.arm(kind, RUN, RetentionPolicy.DEFAULTS, 5, 0.22, 0.125));
        assertEquals(kind.value(), node.path("report_kind").asString());
        assertEquals(5, node.at("/metrics/episodes").asLong());
        assertEquals(0.22, node.at("/metrics/mean_reward").asDouble());
        assertEquals(0.125, node.at("/metrics/mean_safety_penalty").asDouble());
        assertFalse(node.has("significance"), "only significance reports carry the section");
        assertEquals("m24-rl-suite", node.at("/benchmark_suite/name").asString());
        assertEquals("2026-02-15T23:15:00Z", node.path("generated_at").asString());
    }

    @ParameterizedTest(name = "{0}, generated {1}, retain {2} days")
    @CsvSource({
        "baseline,     2026-02-15T23:15:00Z,        365, 2026, 02, 2027-02-15T23:15:00Z",
        "trained,      2026-12-31T23:59:59Z,        1,   2026, 12, 2027-01-01T23:59:59Z",
        // sub-seconds are dropped from every timestamp
        "significance, 2024-02-28T10:00:00.987654Z, 1,   2024, 02, 2024-02-29T10:00:00Z",
    })
    void publicationPathsAndPurgeDeriveFromRunIdKindAndTime(String kind, String generatedAt, long retainDays,
                                                           String year, String month, String purgeAfter) {
        RunContext run = new RunContext("m24-abc-1", Instant.parse(generatedAt), "suite", "v2");
        RetentionPolicy retention = new RetentionPolicy(Policy.ARCHIVE_THEN_PURGE, retainDays, 0);
        Object report = kind.equals("significance")
                ? ReportAssembler.significance(run, retention, Artifacts.clearGain(), 0, 0)
                : ReportAssembler.arm(ReportKind.fromValue(kind), run, retention, 5, 1, 0);
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_REPORT, report);

        assertEquals(".tau/reports/m24/m24-abc-1/m24-benchmark-report-" + kind + ".json",
                node.at("/publication/report_path").asString());
        assertEquals(".tau/reports/archive/m24/" + year + "/" + month + "/m24-benchmark-report-m24-abc-1-" + kind
                + ".json", node.at("/publication/archive_path").asString());
        assertEquals(purgeAfter, node.at("/retention/purge_after").asString());
        assertEquals(retainDays, node.at("/retention/retain_days").asLong());
        assertEquals("archive-then-purge", node.at("/retention/policy").asString());
        assertFalse(node.path("generated_at").asString().contains("."), "no sub-seconds");
    }

    @Test
    void significanceReportCarriesThePrimaryTestAndTrainedMetrics() {
        SignificanceOutcome outcome = Artifacts.clearGain();
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(RUN, RetentionPolicy.DEFAULTS, outcome, 0.25, 0.375));
        JsonNode s = node.path("significance");

        assertEquals("significance", node.path("report_kind").asString());
        assertEquals(outcome.trained().mean(), node.at("/metrics/mean_reward").asDouble());
        assertEquals(0.375, node.at("/metrics/mean_safety_penalty").asDouble());
        assertEquals(outcome.pValue(), s.path("p_value").asDouble());
        assertEquals(1 - outcome.pValue(), s.path("confidence_level").asDouble());
        assertEquals(outcome.deltaInterval().low(), s.path("delta_ci_low").asDouble());
        assertTrue(s.path("pass").asBoolean());
        assertEquals(0.25, s.path("baseline_mean_safety_penalty").asDouble());
        assertEquals(outcome.baseline().mean(), s.path("baseline_mean_reward").asDouble());
        assertEquals("welch", s.at("/tests/primary").asString());
        assertTrue(s.at("/tests/bootstrap").isObject());
        assertTrue(s.at("/tests/paired").isNull(), "independent arms have no paired tests");
    }

    @Test
    void pairedSignificanceReportWithoutBootstrap() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 1).with(SampleDesign.PAIRED)
                .evaluate(new double[] {1.0, 3.0, 2.0, 5.0, 4.0, 0.5}, new double[] {1.1, 3.12, 2.09, 5.11, 4.1, 0.58});
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(RUN, RetentionPolicy.DEFAULTS, outcome, 0, 0));
        JsonNode s = node.path("significance");

        assertEquals("paired_t", s.at("/tests/primary").asString());
        assertEquals(outcome.pairedT().orElseThrow().pValue(), s.path("p_value").asDouble());
        assertEquals(outcome.pairedT().orElseThrow().pValue(), s.at("/tests/paired/t_p_value").asDouble());
        assertTrue(s.at("/tests/bootstrap").isNull());
        assertTrue(s.path("pass").asBoolean());
    }

    @Test
    void failingSignificanceReportIsStillValid() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 1)
                .evaluate(Artifacts.TRAINED, Artifacts.BASELINE);
        JsonNode node = assertValid(ArtifactKind.BENCHMARK_REPORT,
                ReportAssembler.significance(RUN, RetentionPolicy.DEFAULTS, outcome, 0, 0));
        assertFalse(node.at("/significance/pass").asBoolean());
    }

    @Test
    void retentionPolicyChecksItsDays() {
        assertTrue(new RetentionPolicy(Policy.RETAIN_ONLY, 30, 30).archiveAfterDays() == 30, "equal is allowed");
        assertThrows(GateException.class, () -> new RetentionPolicy(Policy.RETAIN_ONLY, 30, 31));
        assertThrows(GateException.class, () -> new RetentionPolicy(Policy.RETAIN_ONLY, 0, 0));
        assertThrows(GateException.class, () -> new RetentionPolicy(Policy.RETAIN_ONLY, 30, -1));
        assertThrows(GateException.class, () -> new RetentionPolicy(Policy.RETAIN_ONLY, 36_501, 0));
    }
}
