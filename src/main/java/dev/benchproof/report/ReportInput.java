package dev.benchproof.report;

import dev.benchproof.model.v1.AggregateComparison;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is rendered from: the proof and the reports it references, as the generated model
 * objects, plus the reward samples when they are in memory (at generation time, or read again from
 * the sample files). The reports are optional: a proof alone still gives a verdict, criteria and
 * the failure analysis; the significance report adds intervals, tests and effect sizes, the safety
 * report the upper bound and its diagnostics, the samples the distribution plot.
 */
public record ReportInput(BenchmarkProof proof, Optional<BenchmarkReport> significance,
                          Optional<SafetyRegressionReport> safety, Optional<RewardSamples> samples,
                          Optional<AggregateComparison> comparison) {

    public ReportInput {
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** A bundle of episode samples, without a comparison over runs and tasks. */
    public ReportInput(BenchmarkProof proof, Optional<BenchmarkReport> significance,
                       Optional<SafetyRegressionReport> safety, Optional<RewardSamples> samples) {
        this(proof, significance, safety, samples, Optional.empty());
    }

    /** Per-episode rewards of both arms. */
    public record RewardSamples(double[] baseline, double[] trained) {
        public RewardSamples {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(trained, "trained");
        }
    }
}
