package dev.benchproof.artifact;

import dev.benchproof.BadInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** Identity shared by every artifact of one run; time comes in as a value, never from a clock. */
public record RunContext(String runId, Instant generatedAt, String suiteName, String suiteVersion) {

    private static final Pattern RUN_ID = Pattern.compile("m24-[a-z0-9-]+");

    /** The reference system's benchmark suite. */
    public static final String DEFAULT_SUITE_NAME = "m24-rl-suite";
    public static final String DEFAULT_SUITE_VERSION = "v1";

    public RunContext {
        if (runId == null || !RUN_ID.matcher(runId).matches() || runId.length() > 200) {
            throw new BadInputException("run_id", "must match ^m24-[a-z0-9-]+$ (at most 200 characters), found '%s'",
                    runId);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        requireNonBlank("suite_name", suiteName);
        requireNonBlank("suite_version", suiteVersion);
    }

    /** A run of the default suite. */
    public static RunContext of(String runId, Instant generatedAt) {
        return new RunContext(runId, generatedAt, DEFAULT_SUITE_NAME, DEFAULT_SUITE_VERSION);
    }

    /** A recorded identifier or label: non-blank, at most 4096 characters (the schemas' nonBlankString). */
    public static String requireNonBlank(String parameter, String value) {
        if (value == null || value.isBlank() || value.length() > 4096) {
            throw new BadInputException(parameter, "must be a non-blank string of at most 4096 characters");
        }
        return value;
    }
}
