package dev.benchproof.artifact;

import static dev.benchproof.artifact.Artifacts.RUN;
import static dev.benchproof.artifact.Artifacts.assertValid;
import static dev.benchproof.artifact.Artifacts.roundTrip;
import static dev.benchproof.artifact.Artifacts.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.ManifestGate;
import dev.benchproof.gate.PromotionDecision;
import dev.benchproof.model.v1.BenchmarkReport.ReportKind;
import dev.benchproof.model.v1.InvalidFile;
import dev.benchproof.model.v1.ManifestEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ManifestAssemblerTest {

    private static JsonNode report() {
        return roundTrip(ReportAssembler.arm(ReportKind.TRAINED, RUN, RetentionPolicy.DEFAULTS, 5, 1, 0));
    }

    private static JsonNode evaluation() {
        return roundTrip(EvaluationAssembler.build(new EvaluationIds("suite", "a", "b", 42), Artifacts.clearGain(),
                Optional.empty(), Optional.empty(), new PromotionDecision(0, 0.05, List.of())));
    }

    @Test
    void entriesAndInvalidFilesAreSortedByPathAndTheManifestIsValid() {
        List<ManifestEntry> entries = List.of(
                ManifestAssembler.entry("z/report.json", ArtifactKind.BENCHMARK_REPORT, report()),
                ManifestAssembler.entry("a/eval.json", ArtifactKind.EVALUATION_ARTIFACT, evaluation()));
        List<InvalidFile> invalid = List.of(ManifestAssembler.invalid("m/bad.json", "not JSON"),
                ManifestAssembler.invalid("b/bad.json", "schema"));
        JsonNode node = assertValid(ArtifactKind.ARTIFACT_MANIFEST, ManifestAssembler.build("reports", 4, entries,
                invalid, ManifestGate.judge(2, 2, 1, 0.2)));

        assertEquals(List.of("a/eval.json", "z/report.json"),
                node.path("valid_entries").valueStream().map(e -> e.path("path").asString()).toList());
        assertEquals(List.of("b/bad.json", "m/bad.json"),
                node.path("invalid_files").valueStream().map(e -> e.path("path").asString()).toList());
        JsonNode quality = node.path("quality");
        assertFalse(quality.path("pass").asBoolean());
        assertEquals(List.of("invalid_ratio_exceeded"), strings(quality.path("reason_codes")));
        assertEquals(0.5, quality.path("invalid_ratio").asDouble());
        assertEquals(4, quality.path("scanned_entries").asLong());
        assertEquals(4, node.path("scanned_json_files").asLong());
    }

    @Test
    void emptyScanIsValidWithRatioZero() {
        JsonNode node = assertValid(ArtifactKind.ARTIFACT_MANIFEST, ManifestAssembler.build("empty", 0, List.of(),
                List.of(), ManifestGate.judge(0, 0, ManifestGate.DEFAULT_MIN_VALID_ENTRIES,
                        ManifestGate.DEFAULT_MAX_INVALID_RATIO)));
        assertEquals(0, node.at("/quality/invalid_ratio").asDouble());
        assertEquals(List.of("no_valid_artifacts", "below_min_valid_entries"),
                strings(node.at("/quality/reason_codes")));
        assertEquals(0.2, node.at("/quality/max_invalid_ratio").asDouble());
        assertEquals(1, node.at("/quality/min_valid_entries").asLong());
    }

    @Test
    void entriesCarryTheIdentifyingFieldsOfTheirKind() {
        ManifestEntry report = ManifestAssembler.entry("r.json", ArtifactKind.BENCHMARK_REPORT, report());
        assertEquals("m24-run-7", report.getRunId());
        assertEquals("2026-02-15T23:15:00Z", report.getGeneratedAt());
        assertEquals(ManifestEntry.ReportKind.TRAINED, report.getReportKind());
        assertNull(report.getBenchmarkSuiteId());
        assertNull(report.getGeneratedAtEpochMs());

        ManifestEntry eval = ManifestAssembler.entry("e.json", ArtifactKind.EVALUATION_ARTIFACT, evaluation());
        assertEquals("suite", eval.getBenchmarkSuiteId());
        assertEquals("a", eval.getBaselinePolicyId());
        assertEquals("b", eval.getCandidatePolicyId());
        assertEquals(42L, eval.getGeneratedAtEpochMs());
        assertNull(eval.getRunId());
        assertEquals(1L, eval.getSchemaVersion());
    }
}
