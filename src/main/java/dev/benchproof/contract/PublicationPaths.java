package dev.benchproof.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** The contract's derived publication values of a benchmark report; the builder and the rules share them. */
public final class PublicationPaths {

    private PublicationPaths() {
    }

    public static String reportPath(String runId, String reportKind) {
        return ".tau/reports/m24/" + runId + "/m24-benchmark-report-" + reportKind + ".json";
    }

    public static String archivePath(String runId, String reportKind, Instant generatedAt) {
        // Not String.format: validating a batch of reports spent a quarter of its cross-field time
        // in java.util.Formatter for this one path.
        ZonedDateTime utc = generatedAt.atZone(ZoneOffset.UTC);
        return ".tau/reports/archive/m24/" + zeroPadded(utc.getYear(), 4) + "/" + zeroPadded(utc.getMonthValue(), 2)
                + "/m24-benchmark-report-" + runId + "-" + reportKind + ".json";
    }

    /** {@code %0<width>d} for a non-negative value. */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** generated_at + retain_days, as an RFC 3339 UTC timestamp without sub-seconds. */
    public static String purgeAfter(Instant generatedAt, long retainDays) {
        return Timestamps.format(generatedAt.plus(retainDays, ChronoUnit.DAYS));
    }
}
