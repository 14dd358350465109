package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import dev.benchproof.artifact.EvaluationIds;
import picocli.CommandLine.Option;

/** What an evaluation compares and when it was made; together they name its file. */
final class EvaluationIdOptions {

    /** Last millisecond of 9999-12-31: the artifact's timestamps keep four-digit years. */
    private static final long LAST_EPOCH_MS = 253_402_300_799_999L;

    @Option(names = "--suite-id", required = true, paramLabel = "ID", description = "Benchmark suite id.")
    String suiteId;

    @Option(names = "--baseline-policy-id", required = true, paramLabel = "ID", description = "Baseline policy id.")
    String baselinePolicyId;

    @Option(names = "--candidate-policy-id", required = true, paramLabel = "ID", description = "Candidate policy id.")
    String candidatePolicyId;

    @Option(names = "--generated-at-epoch-ms", paramLabel = "MS",
            description = "Generation time in ms since 1970 (default: $SOURCE_DATE_EPOCH, else now).")
    Long generatedAtEpochMs;

    EvaluationIds ids() {
        return new EvaluationIds(suiteId, baselinePolicyId, candidatePolicyId, epochMs());
    }

    private long epochMs() {
        if (generatedAtEpochMs != null) {
            if (generatedAtEpochMs < 0 || generatedAtEpochMs > LAST_EPOCH_MS) {
                throw new BadInputException("generated_at_epoch_ms", "must be in [0, %s], found %s", LAST_EPOCH_MS,
                        generatedAtEpochMs);
            }
            return generatedAtEpochMs;
        }
        return GenerationTime.resolve(null, "--generated-at-epoch-ms").toEpochMilli();
    }
}
