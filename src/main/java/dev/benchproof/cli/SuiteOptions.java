package dev.benchproof.cli;

import dev.benchproof.artifact.RunContext;
import picocli.CommandLine.Option;

/** The benchmark suite the reports were measured on. */
final class SuiteOptions {

    @Option(names = "--suite-name", paramLabel = "NAME",
            description = "Benchmark suite name (default: ${DEFAULT-VALUE}).")
    String name = RunContext.DEFAULT_SUITE_NAME;

    @Option(names = "--suite-version", paramLabel = "VERSION",
            description = "Benchmark suite version (default: ${DEFAULT-VALUE}).")
    String version = RunContext.DEFAULT_SUITE_VERSION;
}
