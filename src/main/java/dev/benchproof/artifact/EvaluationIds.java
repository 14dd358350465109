package dev.benchproof.artifact;

/** Identity of one evaluation: the suite, the two policies and when it was generated. */
public record EvaluationIds(String benchmarkSuiteId, String baselinePolicyId, String candidatePolicyId,
                            long generatedAtEpochMs) {

    /** The contract's deterministic file name, each part reduced to {@code [A-Za-z0-9._-]}. */
    public String fileName() {
        return "benchmark-" + safe(benchmarkSuiteId) + "-" + safe(baselinePolicyId) + "-vs-" + safe(candidatePolicyId)
                + "-" + generatedAtEpochMs + ".json";
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
