package dev.benchproof.cli;

import dev.benchproof.artifact.RunContext;
import dev.benchproof.BadInputException;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** Identity of a run: its id and its generation time. */
final class RunOptions {

    private static final Pattern RUN_ID = Pattern.compile("m24-[a-z0-9-]+");

    @Option(names = "--run-id", required = true, paramLabel = "ID",
            description = "Run identifier, matching ^m24-[a-z0-9-]+$.")
    String runId;

    @Option(names = "--generated-at", paramLabel = "TIMESTAMP",
            description = "UTC generation time such as 2026-02-15T23:15:00Z (default: $SOURCE_DATE_EPOCH, else now).")
    String generatedAt;

    /** The run's context; the suite is the one given by {@code suite}, or the defaults. */
    RunContext context(SuiteOptions suite) {
        String suiteName = suite == null ? SuiteOptions.DEFAULT_NAME : suite.name;
        String suiteVersion = suite == null ? SuiteOptions.DEFAULT_VERSION : suite.version;
        if (!RUN_ID.matcher(runId).matches() || runId.length() > 200) {
            throw new BadInputException("--run-id must match ^m24-[a-z0-9-]+$ (at most 200 characters), found '"
                    + runId + "'");
        }
        requireNonBlank("--suite-name", suiteName);
        requireNonBlank("--suite-version", suiteVersion);
        return new RunContext(runId, GenerationTime.resolve(generatedAt, "--generated-at"), suiteName, suiteVersion);
    }

    static String requireNonBlank(String option, String value) {
        if (value == null || value.isBlank() || value.length() > 4096) {
            throw new BadInputException(option + " must be a non-blank string of at most 4096 characters");
        }
        return value;
    }
}
