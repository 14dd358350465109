package dev.benchproof.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The contract's derived publication values of a benchmark report; the builder and the rules share them. */
public final class PublicationPaths {

    private PublicationPaths() {
    }

    public static String reportPath(String runId, String reportKind) {
        return ".tau/reports/m24/" + runId + "/m24-benchmark-report-" + reportKind + ".json";
    }

    public static String archivePath(String runId, String reportKind, Instant generatedAt) {
        ZonedDateTime utc = generatedAt.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, ".tau/reports/archive/m24/%04d/%02d/m24-benchmark-report-%s-%s.json",
                utc.getYear(), utc.getMonthValue(), runId, reportKind);
    }

    /** generated_at + retain_days, as an RFC 3339 UTC timestamp without sub-seconds. */
    public static String purgeAfter(Instant generatedAt, long retainDays) {
        return Timestamps.format(generatedAt.plus(retainDays, ChronoUnit.DAYS));
    }
}
