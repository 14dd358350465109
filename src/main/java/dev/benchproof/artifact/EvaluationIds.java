package dev.benchproof.artifact;

/** Identity of one evaluation: the suite, the two policies and when it was generated. */
public record EvaluationIds(String benchmarkSuiteId, String baselinePolicyId, String candidatePolicyId,
                            long generatedAtEpochMs) {

    public EvaluationIds {
        RunContext.requireNonBlank("suite_id", benchmarkSuiteId);
        RunContext.requireNonBlank("baseline_policy_id", baselinePolicyId);
        RunContext.requireNonBlank("candidate_policy_id", candidatePolicyId);
    }

    /**
     * The contract's deterministic file name. Each part is reduced the way the reference system does
     * it (so both name the same evaluation alike): ASCII letters and digits kept and lower-cased,
     * every run of other characters one {@code -}, no leading or trailing {@code -}, and
     * {@code unknown} for a part with nothing left.
     */
    public String fileName() {
        return "benchmark-" + safe(benchmarkSuiteId) + "-" + safe(baselinePolicyId) + "-vs-" + safe(candidatePolicyId)
                + "-" + generatedAtEpochMs + ".json";
    }

    private static String safe(String part) {
        StringBuilder slug = new StringBuilder(part.length());
        boolean dash = false;
        for (int i = 0; i < part.length(); ) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                slug.append((char) Character.toLowerCase(c));
                dash = false;
            } else if (!dash) {
                slug.append('-');
                dash = true;
            }
        }
        String trimmed = slug.toString().replaceAll("^-+|-+$", "");
        return trimmed.isEmpty() ? "unknown" : trimmed;
    }
}
