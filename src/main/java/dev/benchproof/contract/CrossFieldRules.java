package dev.benchproof.contract;

import java.util.List;

/**
 * The table of cross-field rules: one rule class per artifact kind, none for inputs. The rules read
 * members every published version of a kind has; a version that changes them adds its own row here.
 */
public final class CrossFieldRules {

    private CrossFieldRules() {
    }

    public static CrossFieldRule forSchema(SchemaRef ref) {
        return forKind(ref.kind());
    }

    public static CrossFieldRule forKind(ArtifactKind kind) {
        return switch (kind) {
            case BENCHMARK_REPORT -> new BenchmarkReportRules();
            case SAFETY_REGRESSION_REPORT -> new SafetyReportRules();
            case BENCHMARK_PROOF -> new BenchmarkProofRules();
            case EVALUATION_ARTIFACT -> new EvaluationArtifactRules();
            case ARTIFACT_MANIFEST -> new ArtifactManifestRules();
            case VALIDATION_REPORT, SAMPLE_VECTOR, REPRODUCIBILITY_OBSERVATIONS -> instance -> List.of();
            case EPISODE_RECORD, TASK_SCORES -> instance -> List.of();
            case AGGREGATE_COMPARISON -> new AggregateComparisonRules();
            case SCHEMA_COMPATIBILITY_REPORT -> instance -> List.of();
        };
    }
}
