package dev.benchproof.artifact;

/**
 * The contract's file names of a proof bundle, in one table: the commands write them, the proof records
 * them, and the defaults of the single-report commands point at them.
 */
public final class BundleFiles {

    /** Where the commands write unless told otherwise (the reference system's layout). */
    public static final String DEFAULT_OUTPUT_DIR = "tasks/reports";

    public static final String BASELINE_REPORT = "m24-benchmark-baseline.json";
    public static final String TRAINED_REPORT = "m24-benchmark-trained.json";
    public static final String SIGNIFICANCE_REPORT = "m24-benchmark-significance.json";
    public static final String SAFETY_REGRESSION_REPORT = "m24-benchmark-safety-regression.json";

    private BundleFiles() {
    }

    public static String proof(String runId) {
        return "m24-benchmark-proof-" + runId + ".json";
    }

    /** The comparison over runs and tasks: written by {@code compare}, and by {@code proof} with run records. */
    public static String aggregateComparison(String runId) {
        return "aggregate-comparison-" + runId + ".json";
    }

    /**
     * A file in the output directory exactly as given, as the proof records it: not normalised or made
     * absolute, so {@code out} gives {@code out/<name>}.
     */
    public static String inDirectory(String directory, String fileName) {
        return directory.endsWith("/") ? directory + fileName : directory + "/" + fileName;
    }
}
