package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.Timestamps;
import dev.benchproof.gate.FailureReason;
import dev.benchproof.gate.ProofCriteria;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.model.v1.ArtifactDigests;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.CheckpointMeasurement;
import dev.benchproof.model.v1.FailureAnalysis;
import dev.benchproof.model.v1.FailureDetail;
import dev.benchproof.model.v1.ProofArtifacts;
import dev.benchproof.model.v1.ProofBenchmarkSuite;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.model.v1.ProofSignificance;
import dev.benchproof.model.v1.SafetyBenchmark;
import java.util.List;
import java.util.Set;

/** Fills the benchmark proof from the significance outcome, the safety decision and the proof verdict. */
public final class ProofAssembler {

    private ProofAssembler() {
    }

    public static BenchmarkProof build(RunContext run, CheckpointIds ids, SignificanceOutcome significance,
                                       SafetyDecision safety, ProofCriteria criteria, ProofVerdict verdict,
                                       ProofArtifactFiles files) {
        BenchmarkProof proof = new BenchmarkProof()
                .with$schema(ArtifactKind.BENCHMARK_PROOF.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withRunId(run.runId())
                .withGeneratedAt(Timestamps.format(run.generatedAt()))
                .withBenchmarkSuite(new ProofBenchmarkSuite()
                        .withName(run.suiteName())
                        .withVersion(run.suiteVersion())
                        .withFixturePath(ids.fixturePath()))
                .withBaseline(measurement(ids.baseline(), significance.baseline().count(),
                        significance.baseline().mean(), safety.baselineMean()))
                .withTrained(measurement(ids.trained(), significance.trained().count(),
                        significance.trained().mean(), safety.trainedMean()))
                .withSignificance(new ProofSignificance()
                        .withpValue(significance.pValue())
                        .withConfidenceLevel(significance.confidenceLevel())
                        .withPass(verdict.pass()))
                .withCriteria(new dev.benchproof.model.v1.ProofCriteria()
                        .withMinRewardDelta(criteria.minRewardDelta())
                        .withMaxSafetyRegression(criteria.maxSafetyRegression())
                        .withMaxPValue(criteria.maxPValue())
                        .withMinConfidenceLevel(criteria.minConfidenceLevel()))
                .withArtifacts(new ProofArtifacts()
                        .withBaselineReport(files.baselineReport())
                        .withTrainedReport(files.trainedReport())
                        .withSignificanceReport(files.significanceReport())
                        .withSafetyRegressionReport(files.safetyRegressionReport()))
                .withSafetyBenchmark(new SafetyBenchmark()
                        .withReportPath(files.safetyRegressionReport())
                        .withPromotionAllowed(safety.promotionAllowed())
                        .withReasonCodes(SafetyReportAssembler.safetyCodes(safety.reasonCodes()))
                        .withSafetyRegressionDelta(safety.delta())
                        .withMaxSafetyRegression(safety.threshold()))
                .withFailureAnalysis(failureAnalysis(verdict));
        if (files.baselineDigest() != null) {
            proof.setArtifactDigests(new ArtifactDigests()
                    .withBaselineReport(files.baselineDigest())
                    .withTrainedReport(files.trainedDigest())
                    .withSignificanceReport(files.significanceDigest())
                    .withSafetyRegressionReport(files.safetyRegressionDigest()));
        }
        return proof;
    }

    private static CheckpointMeasurement measurement(String id, long episodes, double meanReward, double meanPenalty) {
        return new CheckpointMeasurement()
                .withCheckpointId(id)
                .withEpisodes(episodes)
                .withMeanReward(meanReward)
                .withMeanSafetyPenalty(meanPenalty);
    }

    private static FailureAnalysis failureAnalysis(ProofVerdict verdict) {
        Set<ProofReasonCode> reasons = ModelCodes.of(verdict.reasons(), ProofReasonCode::fromValue);
        List<FailureDetail> details = verdict.details().stream().map(ProofAssembler::detail).toList();
        FailureAnalysis analysis = new FailureAnalysis()
                .withSummary(verdict.summary())
                .withReasons(reasons)
                .withRewardDelta(verdict.rewardDelta())
                .withSafetyRegression(verdict.safetyRegression())
                .withDetails(details);
        verdict.episodesNeededPerArm().ifPresent(analysis::setEpisodesNeededPerArm);
        return analysis;
    }

    private static FailureDetail detail(FailureReason reason) {
        return new FailureDetail()
                .withCode(ProofReasonCode.fromValue(reason.code().code()))
                .withObserved(reason.observed())
                .withThreshold(reason.threshold())
                .withMessage(reason.message());
    }
}
