package dev.benchproof.cli;

import picocli.CommandLine.Option;

/** The benchmark suite the reports were measured on. */
final class SuiteOptions {

    static final String DEFAULT_NAME = "m24-rl-suite";
    static final String DEFAULT_VERSION = "v1";

    @Option(names = "--suite-name", paramLabel = "NAME", defaultValue = DEFAULT_NAME,
            description = "Benchmark suite name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--suite-version", paramLabel = "VERSION", defaultValue = DEFAULT_VERSION,
            description = "Benchmark suite version (default: ${DEFAULT-VALUE}).")
    String version;
}
