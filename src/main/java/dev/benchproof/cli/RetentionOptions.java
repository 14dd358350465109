package dev.benchproof.cli;

import dev.benchproof.artifact.RetentionPolicy;
import java.time.Instant;
import dev.benchproof.model.v1.ReportRetention;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How long the benchmark reports are kept. */
final class RetentionOptions {

    @Option(names = "--retention-policy", paramLabel = "POLICY",
            converter = PolicyConverter.class,
            description = "archive-then-purge or retain-only (default: ${DEFAULT-VALUE}).")
    ReportRetention.Policy policy = RetentionPolicy.DEFAULTS.policy();

    @Option(names = "--retain-days", paramLabel = "DAYS",
            description = "Days the reports are retained, > 0 (default: ${DEFAULT-VALUE}).")
    long retainDays = RetentionPolicy.DEFAULTS.retainDays();

    @Option(names = "--archive-after-days", paramLabel = "DAYS",
            description = "Days after which reports are archived, <= --retain-days (default: ${DEFAULT-VALUE}).")
    long archiveAfterDays = RetentionPolicy.DEFAULTS.archiveAfterDays();

    /** The policy, checked against the generation time: purge_after must stay a four-digit-year timestamp. */
    RetentionPolicy policy(Instant generatedAt) {
        return new RetentionPolicy(policy, retainDays, archiveAfterDays).checkedFor(generatedAt);
    }

    static final class PolicyConverter implements ITypeConverter<ReportRetention.Policy> {
        @Override
        public ReportRetention.Policy convert(String value) {
            try {
                return ReportRetention.Policy.fromValue(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected archive-then-purge or retain-only, found '" + value + "'");
            }
        }
    }
}
