package dev.benchproof.artifact;

import dev.benchproof.gate.GateException;
import dev.benchproof.gate.Thresholds;
import dev.benchproof.model.v1.ReportRetention;

/** How long benchmark reports are kept; archive_after_days never exceeds retain_days. */
public record RetentionPolicy(ReportRetention.Policy policy, long retainDays, long archiveAfterDays) {

    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(ReportRetention.Policy.ARCHIVE_THEN_PURGE, 365, 30);

    public RetentionPolicy {
        Thresholds.atLeast("--retain-days", retainDays, 1);
        Thresholds.atLeast("--archive-after-days", archiveAfterDays, 0);
        if (retainDays > 36_500) {
            throw new GateException("--retain-days must be <= 36500, found " + retainDays);
        }
        if (archiveAfterDays > retainDays) {
            throw new GateException("--archive-after-days must be <= --retain-days (" + retainDays + "), found "
                    + archiveAfterDays);
        }
    }
}
