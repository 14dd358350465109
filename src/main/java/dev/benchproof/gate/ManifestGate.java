package dev.benchproof.gate;

import java.util.ArrayList;
import java.util.List;

/** Quality gate of an artifact manifest: enough valid artifacts and not too many invalid files. */
public final class ManifestGate {

    public static final long DEFAULT_MIN_VALID_ENTRIES = 1;
    public static final double DEFAULT_MAX_INVALID_RATIO = 0.20;

    private ManifestGate() {
    }

    public static ManifestQualityDecision judge(long validEntries, long invalidEntries, long minValidEntries,
                                                double maxInvalidRatio) {
        Thresholds.atLeast("min_valid_entries", minValidEntries, 0);
        Thresholds.probability("max_invalid_ratio", maxInvalidRatio);
        long scanned = validEntries + invalidEntries;
        double ratio = scanned == 0 ? 0.0 : (double) invalidEntries / scanned;
        List<ReasonCode> codes = new ArrayList<>();
        if (validEntries == 0) {
            codes.add(ReasonCode.NO_VALID_ARTIFACTS);
        }
        if (validEntries < minValidEntries) {
            codes.add(ReasonCode.BELOW_MIN_VALID_ENTRIES);
        }
        if (ratio > maxInvalidRatio) {
            codes.add(ReasonCode.INVALID_RATIO_EXCEEDED);
        }
        return new ManifestQualityDecision(validEntries, invalidEntries, ratio, minValidEntries, maxInvalidRatio, codes);
    }
}
