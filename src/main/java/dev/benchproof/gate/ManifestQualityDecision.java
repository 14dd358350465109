package dev.benchproof.gate;

import java.util.List;

/** The manifest quality gate's decision over a directory scan. */
public record ManifestQualityDecision(long validEntries, long invalidEntries, double invalidRatio,
                                      long minValidEntries, double maxInvalidRatio, List<ReasonCode> reasonCodes) {

    public ManifestQualityDecision {
        reasonCodes = List.copyOf(reasonCodes);
    }

    public long scannedEntries() {
        return validEntries + invalidEntries;
    }

    public boolean pass() {
        return reasonCodes.isEmpty();
    }
}
