package dev.benchproof.cli;

import dev.benchproof.artifact.RunContext;
import picocli.CommandLine.Option;

/** Identity of a run: its id and its generation time. */
final class RunOptions {

    @Option(names = "--run-id", required = true, paramLabel = "ID",
            description = "Run identifier, matching ^m24-[a-z0-9-]+$.")
    String runId;

    @Option(names = "--generated-at", paramLabel = "TIMESTAMP",
            description = "UTC generation time such as 2026-02-15T23:15:00Z (default: $SOURCE_DATE_EPOCH, else now).")
    String generatedAt;

    /** The run's context; the suite is the one given by {@code suite}, or the defaults. */
    RunContext context(SuiteOptions suite) {
        return new RunContext(runId, GenerationTime.resolve(generatedAt, "--generated-at"),
                suite == null ? RunContext.DEFAULT_SUITE_NAME : suite.name,
                suite == null ? RunContext.DEFAULT_SUITE_VERSION : suite.version);
    }
}
