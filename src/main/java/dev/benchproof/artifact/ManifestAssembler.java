package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.gate.ManifestQualityDecision;
import dev.benchproof.model.v1.ArtifactManifest;
import dev.benchproof.model.v1.InvalidFile;
import dev.benchproof.model.v1.ManifestEntry;
import dev.benchproof.model.v1.ManifestQuality;
import dev.benchproof.model.v1.ManifestReasonCode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Fills the artifact manifest: entries and invalid files sorted by path, and the quality gate. */
public final class ManifestAssembler {

    private ManifestAssembler() {
    }

    public static ArtifactManifest build(String directory, long scannedJsonFiles, List<ManifestEntry> validEntries,
                                         List<InvalidFile> invalidFiles, ManifestQualityDecision quality) {
        Set<ManifestReasonCode> codes = ModelCodes.of(quality.reasonCodes(), ManifestReasonCode::fromValue);
        return new ArtifactManifest()
                .with$schema(ArtifactKind.ARTIFACT_MANIFEST.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withDirectory(directory)
                .withScannedJsonFiles(scannedJsonFiles)
                .withValidEntries(validEntries.stream().sorted(Comparator.comparing(ManifestEntry::getPath)).toList())
                .withInvalidFiles(invalidFiles.stream().sorted(Comparator.comparing(InvalidFile::getPath)).toList())
                .withQuality(new ManifestQuality()
                        .withPass(quality.pass())
                        .withValidEntries(quality.validEntries())
                        .withInvalidEntries(quality.invalidEntries())
                        .withScannedEntries(quality.scannedEntries())
                        .withInvalidRatio(quality.invalidRatio())
                        .withMinValidEntries(quality.minValidEntries())
                        .withMaxInvalidRatio(quality.maxInvalidRatio())
                        .withReasonCodes(codes));
    }

    /** An entry for a valid artifact, with the identifying fields its kind has. */
    public static ManifestEntry entry(String path, ArtifactKind kind, JsonNode artifact) {
        ManifestEntry entry = new ManifestEntry()
                .withPath(path)
                .withKind(ManifestEntry.ArtifactKind.fromValue(kind.kindName()))
                .withSchemaVersion(artifact.path("schema_version").asLong());
        entry.setRunId(text(artifact, "run_id"));
        entry.setGeneratedAt(text(artifact, "generated_at"));
        String reportKind = text(artifact, "report_kind");
        if (reportKind != null) {
            entry.setReportKind(ManifestEntry.ReportKind.fromValue(reportKind));
        }
        entry.setBenchmarkSuiteId(text(artifact, "benchmark_suite_id"));
        entry.setBaselinePolicyId(text(artifact, "baseline_policy_id"));
        entry.setCandidatePolicyId(text(artifact, "candidate_policy_id"));
        if (artifact.has("generated_at_epoch_ms")) {
            entry.setGeneratedAtEpochMs(artifact.get("generated_at_epoch_ms").asLong());
        }
        return entry;
    }

    public static InvalidFile invalid(String path, String reason) {
        return new InvalidFile().withPath(path).withReason(reason);
    }

    private static String text(JsonNode artifact, String field) {
        JsonNode value = artifact.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
