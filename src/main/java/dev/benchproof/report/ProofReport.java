package dev.benchproof.report;

import dev.benchproof.model.v1.FailureDetail;
import dev.benchproof.model.v1.ProofReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the report of a proof bundle: the verdict in words and the sections in reading order
 * (criteria, what to do on a failure, effect, safety, distributions when samples are in memory,
 * details).
 *
 * <p>A proof over runs and tasks adds its aggregate comparison as one more section after
 * {@link SafetySection}.
 */
public final class ProofReport {

    private ProofReport() {
    }

    public static ReportDocument document(ReportInput bundle) {
        ProofFacts facts = new ProofFacts(bundle);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new CriteriaSection(facts));
        NextStepsSection next = new NextStepsSection(facts);
        if (!next.isEmpty()) {
            sections.add(next);
        }
        sections.add(new EffectSection(facts));
        sections.add(new SafetySection(facts));
        bundle.comparison().ifPresent(comparison -> sections.add(new AggregateComparisonSection(comparison)));
        bundle.samples().ifPresent(samples -> sections.add(new DistributionSection(facts, samples)));
        sections.add(new DetailsSection(facts));
        var proof = bundle.proof();
        String context = "Run " + proof.getRunId() + ", suite " + proof.getBenchmarkSuite().getName() + " "
                + proof.getBenchmarkSuite().getVersion() + ", generated " + proof.getGeneratedAt() + ": "
                + proof.getBaseline().getEpisodes() + " baseline and " + proof.getTrained().getEpisodes()
                + " trained episodes" + (facts.paired() ? ", paired." : ".");
        return new ReportDocument("benchproof: " + proof.getRunId(), facts.pass(), verdict(facts), explanation(facts),
                context, sections);
    }

    private static String verdict(ProofFacts facts) {
        return facts.pass()
                ? "PASS: " + facts.trainedId() + " may replace " + facts.baselineId() + "."
                : "FAIL: " + facts.trainedId() + " may not replace " + facts.baselineId() + ".";
    }

    private static String explanation(ProofFacts facts) {
        var criteria = facts.proof.getCriteria();
        if (facts.pass()) {
            return "Every criterion is met: reward " + Figures.signed(facts.rewardDelta()) + " (at least "
                    + Figures.setting(criteria.getMinRewardDelta()) + "), p-value "
                    + Figures.brief(facts.proof.getSignificance().getpValue()) + " (at most "
                    + Figures.setting(criteria.getMaxPValue()) + "), safety regression "
                    + Figures.brief(facts.safetyDelta()) + " (at most " + Figures.setting(facts.safetyThreshold()) + ").";
        }
        List<String> why = new ArrayList<>();
        for (ProofReasonCode code : facts.reasons) {
            FailureDetail d = facts.detail(code).orElse(null);
            why.add(switch (code) {
                case REWARD_GAIN_BELOW_THRESHOLD -> "the reward gain " + Figures.signed(facts.rewardDelta())
                        + " is below the required " + Figures.setting(criteria.getMinRewardDelta());
                case CHECKPOINT_PROMOTION_BLOCKED_SAFETY_REGRESSION -> "the safety penalty rises by "
                        + Figures.brief(facts.safetyDelta()) + ", more than the tolerated "
                        + Figures.setting(facts.safetyThreshold());
                case CHECKPOINT_PROMOTION_BLOCKED_SAFETY_UPPER_BOUND -> "the upper confidence bound of the safety"
                        + " regression" + (d == null ? "" : " " + Figures.brief(d.getObserved()))
                        + " exceeds the tolerated " + Figures.setting(facts.safetyThreshold());
                case P_VALUE_ABOVE_THRESHOLD -> "the gain is not significant (p-value "
                        + Figures.brief(facts.proof.getSignificance().getpValue()) + " above "
                        + Figures.setting(criteria.getMaxPValue()) + ")";
                case CONFIDENCE_BELOW_THRESHOLD -> "the confidence level "
                        + Figures.brief(facts.proof.getSignificance().getConfidenceLevel()) + " is below "
                        + (criteria.getMinConfidenceLevel() == null ? "its minimum" : Figures.setting(criteria.getMinConfidenceLevel()));
                case DEGENERATE_SAMPLES -> "the t-test is undefined on these samples (no spread to test against),"
                        + " so no gain can be significant";
                case TOO_FEW_RUNS_PER_ARM -> "too few runs (seeds) per arm"
                        + (d == null ? "" : " (" + Figures.brief(d.getObserved()) + ")") + " for a run-level proof: at least "
                        + (d == null ? "3" : Figures.brief(d.getThreshold())) + " are needed";
            });
        }
        String joined = String.join("; ", why);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }
}
