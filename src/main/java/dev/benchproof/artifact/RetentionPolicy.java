package dev.benchproof.artifact;

import dev.benchproof.BadInputException;
import dev.benchproof.gate.GateException;
import dev.benchproof.gate.Thresholds;
import dev.benchproof.contract.Timestamps;
import dev.benchproof.model.v1.ReportRetention;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How long benchmark reports are kept; archive_after_days never exceeds retain_days. */
public record RetentionPolicy(ReportRetention.Policy policy, long retainDays, long archiveAfterDays) {

    private static final Instant LAST_TIMESTAMP = Instant.parse("9999-12-31T23:59:59Z");

    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(ReportRetention.Policy.ARCHIVE_THEN_PURGE, 365, 30);

    public RetentionPolicy {
        Thresholds.atLeast("retain_days", retainDays, 1);
        Thresholds.atLeast("archive_after_days", archiveAfterDays, 0);
        if (retainDays > 36_500) {
            throw new GateException("retain_days", "must be <= 36500, found %s", retainDays);
        }
        if (archiveAfterDays > retainDays) {
            throw new GateException("archive_after_days", "must be <= %s (%s), found %s",
                    new BadInputException.Parameter("retain_days"), retainDays, archiveAfterDays);
        }
    }

    /**
     * This policy for reports generated at {@code generatedAt}: purge_after must stay a four-digit-year
     * timestamp, as the schema's timestamp demands.
     */
    public RetentionPolicy checkedFor(Instant generatedAt) {
        if (generatedAt.plus(retainDays, ChronoUnit.DAYS).isAfter(LAST_TIMESTAMP)) {
            throw new BadInputException("retain_days", "%s puts purge_after past 9999-12-31T23:59:59Z for generated_at %s",
                    retainDays, Timestamps.format(generatedAt));
        }
        return this;
    }
}
