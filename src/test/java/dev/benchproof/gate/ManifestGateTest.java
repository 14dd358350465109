package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestGateTest {

    @ParameterizedTest(name = "valid {0}, invalid {1}, min {2}, max ratio {3} -> ratio {4}, {5}")
    @CsvSource(delimiter = '|', value = {
        // nothing scanned: the ratio is 0, not NaN, and the only complaint is the lack of artifacts
        "0 | 0 | 1 | 0.2  | 0    | no_valid_artifacts,below_min_valid_entries",
        "0 | 0 | 0 | 0.2  | 0    | no_valid_artifacts",
        "1 | 0 | 1 | 0.2  | 0    | ''",
        "4 | 1 | 1 | 0.2  | 0.2  | ''",                          // ratio on the limit passes
        "3 | 1 | 1 | 0.2  | 0.25 | invalid_ratio_exceeded",
        "0 | 3 | 1 | 0.2  | 1    | no_valid_artifacts,below_min_valid_entries,invalid_ratio_exceeded",
        "2 | 0 | 3 | 0.2  | 0    | below_min_valid_entries",
        "3 | 0 | 3 | 0    | 0    | ''",                          // min on the count passes
        "1 | 3 | 5 | 0.5  | 0.75 | below_min_valid_entries,invalid_ratio_exceeded",
        "1 | 1 | 1 | 1    | 0.5  | ''",
    })
    void codesInContractOrder(long valid, long invalid, long min, double maxRatio, double ratio, String codes) {
        ManifestQualityDecision d = ManifestGate.judge(valid, invalid, min, maxRatio);
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(","));

        assertEquals(expected, d.reasonCodes().stream().map(ReasonCode::code).toList());
        assertEquals(expected.isEmpty(), d.pass());
        assertEquals(ratio, d.invalidRatio());
        assertEquals(valid + invalid, d.scannedEntries());
        assertEquals(min, d.minValidEntries());
        assertEquals(maxRatio, d.maxInvalidRatio());
    }

    @Test
    void defaultsAreTheContractsDefaults() {
        assertEquals(1, ManifestGate.DEFAULT_MIN_VALID_ENTRIES);
        assertEquals(0.20, ManifestGate.DEFAULT_MAX_INVALID_RATIO);
        ManifestQualityDecision d = ManifestGate.judge(4, 1, ManifestGate.DEFAULT_MIN_VALID_ENTRIES,
                ManifestGate.DEFAULT_MAX_INVALID_RATIO);
        assertTrue(d.pass(), d.toString());
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        assertTrue(assertThrows(GateException.class, () -> ManifestGate.judge(1, 0, -1, 0.2)).getMessage()
                .startsWith("min_valid_entries"));
        assertTrue(assertThrows(GateException.class, () -> ManifestGate.judge(1, 0, 1, 1.5)).getMessage()
                .startsWith("max_invalid_ratio"));
        assertTrue(assertThrows(GateException.class, () -> ManifestGate.judge(1, 0, 1, Double.NaN)).getMessage()
                .startsWith("max_invalid_ratio"));
    }
}
