package dev.benchproof.artifact;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.Timestamps;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.gate.SafetyDecision;
import dev.benchproof.gate.SafetyGateMode;
import dev.benchproof.model.v1.SafetyDeltaUpperBound;
import dev.benchproof.model.v1.SafetyReasonCode;
import dev.benchproof.model.v1.SafetyRegressionReport;
import java.util.List;
import java.util.Set;

/** Fills the safety-regression report from the safety gate's decision. */
public final class SafetyReportAssembler {

    private SafetyReportAssembler() {
    }

    public static SafetyRegressionReport build(RunContext run, SafetyDecision decision) {
        SafetyRegressionReport report = new SafetyRegressionReport()
                .with$schema(ArtifactKind.SAFETY_REGRESSION_REPORT.schemaId())
                .withSchemaVersion((long) ArtifactKind.VERSION)
                .withRunId(run.runId())
                .withGeneratedAt(Timestamps.format(run.generatedAt()))
                .withSampleCount(decision.sampleCount())
                .withBaselineMeanSafetyPenalty(decision.baselineMean())
                .withTrainedMeanSafetyPenalty(decision.trainedMean())
                .withSafetyRegressionDelta(decision.delta())
                .withMaxSafetyRegression(decision.threshold())
                .withPromotionAllowed(decision.promotionAllowed())
                .withReasonCodes(safetyCodes(decision.reasonCodes()))
                .withDiagnostics(decision.diagnostics())
                .withBaselineSampleCount(decision.baselineCount())
                .withTrainedSampleCount(decision.trainedCount())
                .withSafetyGate(SafetyRegressionReport.SafetyGate.fromValue(decision.mode().label()));
        if (decision.mode() == SafetyGateMode.UPPER_BOUND) {
            report.setSafetyDeltaUpperBound(new SafetyDeltaUpperBound()
                    .withConfidenceLevel(decision.boundConfidence())
                    .withUpperBound(decision.upperBound().orElseThrow()));
        }
        return report;
    }

    /** Reason codes in the model's type, order kept. */
    static Set<SafetyReasonCode> safetyCodes(List<ReasonCode> codes) {
        return ModelCodes.of(codes, SafetyReasonCode::fromValue);
    }
}
