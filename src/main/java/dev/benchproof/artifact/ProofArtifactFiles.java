package dev.benchproof.artifact;

/**
 * The four reports a proof references: their recorded paths and the SHA-256 of their exact bytes.
 * A digest may be null when the proof is assembled before the reports are serialized.
 */
public record ProofArtifactFiles(String baselineReport, String trainedReport, String significanceReport,
                                 String safetyRegressionReport, String baselineDigest, String trainedDigest,
                                 String significanceDigest, String safetyRegressionDigest) {
}
