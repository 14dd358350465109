package dev.benchproof.artifact;

import dev.benchproof.BadInputException;
import dev.benchproof.gate.GateException;
import dev.benchproof.gate.Thresholds;
import dev.benchproof.model.v1.ReportRetention;

/** How long benchmark reports are kept; archive_after_days never exceeds retain_days. */
public record RetentionPolicy(ReportRetention.Policy policy, long retainDays, long archiveAfterDays) {

    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(ReportRetention.Policy.ARCHIVE_THEN_PURGE, 365, 30);

    public RetentionPolicy {
        Thresholds.atLeast("retain_days", retainDays, 1);
        Thresholds.atLeast("archive_after_days", archiveAfterDays, 0);
        if (retainDays > 36_500) {
            throw new GateException("retain_days", "must be <= 36500, found %s", retainDays);
        }
        if (archiveAfterDays > retainDays) {
            throw new GateException("archive_after_days", "must be <= %s (%s), found %s",
                    new BadInputException.Parameter("retain_days"), retainDays,
                    archiveAfterDays);
        }
    }
}
