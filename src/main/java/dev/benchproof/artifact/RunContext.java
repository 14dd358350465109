package dev.benchproof.artifact;

import java.time.Instant;

/** Identity shared by every artifact of one run; time comes in as a value, never from a clock. */
public record RunContext(String runId, Instant generatedAt, String suiteName, String suiteVersion) {
}
