package dev.benchproof.cli;

import dev.benchproof.gate.AggregateDecision;
import dev.benchproof.gate.AggregateGate;
import dev.benchproof.gate.FailureReason;
import dev.benchproof.gate.ManifestQualityDecision;
import dev.benchproof.gate.ProofVerdict;
import dev.benchproof.gate.ReasonCode;
import dev.benchproof.output.CheckReport;
import dev.benchproof.output.CheckedItem;
import dev.benchproof.output.Finding;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gate's decision as a CI check report: one item per criterion, and for each failed one a finding
 * naming the criterion, the observed value and the threshold, located at the artifact member that
 * records it. Any gate command (proof, manifest, compare) builds its report from {@link Failed} rows.
 */
final class GateReports {

    private GateReports() {
    }

    /** One failed criterion of a gate. */
    record Failed(String criterion, String code, double observed, double threshold, String message, String pointer) {
    }

    /**
     * @param command  the gate command
     * @param file     the artifact recording the decision, as the command printed it
     * @param criteria every criterion of the gate, in the artifact's order (passed ones become passing items)
     * @param failed   the failed criteria with their findings
     */
    static CheckReport of(String command, String file, List<String> criteria, List<Failed> failed) {
        Map<String, List<Finding>> byCriterion = new LinkedHashMap<>();
        criteria.forEach(c -> byCriterion.put(c, new ArrayList<>()));
        for (Failed f : failed) {
            String text = f.criterion() + " not met (" + f.code() + "): observed " + ProofCommand.number(f.observed())
                    + ", threshold " + ProofCommand.number(f.threshold()) + " (" + f.pointer() + ")"
                    + (f.message().isEmpty() ? "" : "; " + f.message());
            byCriterion.computeIfAbsent(f.criterion(), c -> new ArrayList<>())
                    .add(Finding.violation(f.pointer(), f.code(), text));
        }
        List<CheckedItem> items = new ArrayList<>();
        byCriterion.forEach((criterion, findings) -> items.add(CheckedItem.criterion(criterion, file, findings)));
        long failedCriteria = items.stream().filter(i -> !i.passed()).count();
        String summary = failedCriteria == 0
                ? command + " gate passed: " + items.size() + " criteria met"
                : command + " gate failed: " + failedCriteria + " of " + items.size() + " criteria not met";
        return new CheckReport(command, items, summary);
    }

    static CheckReport proof(String proofFile, ProofVerdict verdict) {
        List<Failed> failed = new ArrayList<>();
        List<FailureReason> details = verdict.details();
        for (int i = 0; i < details.size(); i++) {
            FailureReason reason = details.get(i);
            failed.add(new Failed(proofCriterion(reason.code()), reason.code().code(), reason.observed(),
                    reason.threshold(), reason.message(), "/failure_analysis/details/" + i));
        }
        return of("proof", proofFile,
                List.of("min_reward_delta", "max_safety_regression", "max_p_value", "min_confidence_level"), failed);
    }

    static CheckReport manifest(String manifestFile, ManifestQualityDecision quality) {
        List<Failed> failed = new ArrayList<>();
        List<ReasonCode> codes = quality.reasonCodes();
        for (int i = 0; i < codes.size(); i++) {
            ReasonCode code = codes.get(i);
            String pointer = "/quality/reason_codes/" + i;
            if (code == ReasonCode.INVALID_RATIO_EXCEEDED) {
                failed.add(new Failed("max_invalid_ratio", code.code(), quality.invalidRatio(),
                        quality.maxInvalidRatio(), "", pointer));
            } else {
                failed.add(new Failed("min_valid_entries", code.code(), quality.validEntries(),
                        quality.minValidEntries(), "", pointer));
            }
        }
        return of("manifest", manifestFile, List.of("min_valid_entries", "max_invalid_ratio"), failed);
    }

    /** The comparison's gate: the improvement of its metric, and enough runs per arm. */
    static CheckReport compare(String comparisonFile, CompareCommand.Result result) {
        AggregateDecision decision = result.decision();
        AggregateMetric metric = decision.metric();
        Estimate delta = result.comparison().of(metric).delta();
        double improvementLow = metric.higherIsBetter() ? delta.ciLow() : -delta.ciHigh();
        List<Failed> failed = new ArrayList<>();
        List<ReasonCode> codes = decision.reasons();
        for (int i = 0; i < codes.size(); i++) {
            ReasonCode code = codes.get(i);
            String pointer = "/gate/reason_codes/" + i;
            if (code == ReasonCode.TOO_FEW_RUNS_PER_ARM) {
                failed.add(new Failed("min_runs_per_arm", code.code(),
                        Math.min(result.design().baselineRuns(), result.design().trainedRuns()), AggregateGate.MIN_RUNS,
                        "", pointer));
            } else {
                failed.add(new Failed("min_delta", code.code(), improvementLow, decision.minDelta(),
                        "the interval's improvement bound of " + metric.key() + " must exceed min_delta", pointer));
            }
        }
        return of("compare", comparisonFile, List.of("min_delta", "min_runs_per_arm"), failed);
    }

    /** The proof criterion (its option and artifact member) a reason code reports. */
    private static String proofCriterion(ReasonCode code) {
        return switch (code) {
            case REWARD_GAIN_BELOW_THRESHOLD -> "min_reward_delta";
            case SAFETY_REGRESSION, SAFETY_UPPER_BOUND -> "max_safety_regression";
            case P_VALUE_ABOVE_THRESHOLD -> "max_p_value";
            case CONFIDENCE_BELOW_THRESHOLD -> "min_confidence_level";
            default -> code.code();
        };
    }
}
