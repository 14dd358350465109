package dev.benchproof.contract;

import dev.benchproof.gate.ManifestGate;
import dev.benchproof.gate.ManifestQualityDecision;
import dev.benchproof.gate.ReasonCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The manifest's counts, ratio, ordering and gate must agree with its lists. */
final class ArtifactManifestRules implements CrossFieldRule {

    @Override
    public List<Violation> check(JsonNode manifest) {
        Checks checks = new Checks();
        int valid = manifest.path("valid_entries").size();
        int invalid = manifest.path("invalid_files").size();
        int scanned = valid + invalid;
        checks.require(manifest.at("/quality/valid_entries").asInt() == valid, "/quality/valid_entries",
                "valid-count", "must equal the number of valid_entries (" + valid + ")");
        checks.require(manifest.at("/quality/invalid_entries").asInt() == invalid, "/quality/invalid_entries",
                "invalid-count", "must equal the number of invalid_files (" + invalid + ")");
        checks.require(manifest.at("/quality/scanned_entries").asInt() == scanned, "/quality/scanned_entries",
                "scanned-count", "must equal valid_entries + invalid_entries (" + scanned + ")");
        checks.require(manifest.path("scanned_json_files").asInt() >= scanned, "/scanned_json_files",
                "scanned-files", "must be at least the number of listed files (" + scanned + ")");
        ManifestQualityDecision gate = ManifestGate.judge(valid, invalid,
                manifest.at("/quality/min_valid_entries").asLong(), manifest.at("/quality/max_invalid_ratio").asDouble());
        checks.requireClose(manifest, "/quality/invalid_ratio", gate.invalidRatio(), "invalid-ratio",
                "invalid_entries / scanned_entries");
        sorted(manifest, "valid_entries", checks);
        sorted(manifest, "invalid_files", checks);

        List<String> expected = gate.reasonCodes().stream().map(ReasonCode::code).toList();
        List<String> actual = BenchmarkProofRules.strings(manifest.at("/quality/reason_codes"));
        checks.require(actual.equals(expected), "/quality/reason_codes", "manifest-reason-codes",
                "must be " + expected + " for the manifest's counts and thresholds, found " + actual);
        checks.requireFlag(manifest, "/quality/pass", actual.isEmpty(), "manifest-pass",
                "the gate passes exactly when reason_codes is empty");
        return checks.result();
    }

    private static void sorted(JsonNode manifest, String list, Checks checks) {
        JsonNode items = manifest.path(list);
        for (int i = 1; i < items.size(); i++) {
            String previous = items.get(i - 1).path("path").asString();
            String path = items.get(i).path("path").asString();
            checks.require(previous.compareTo(path) < 0, "/" + list + "/" + i + "/path", "sorted-by-path",
                    "must sort after the previous path " + previous);
        }
    }
}
