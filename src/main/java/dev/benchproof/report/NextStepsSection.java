package dev.benchproof.report;

import dev.benchproof.gate.ProofGate;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.report.svg.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * On a failure, what to do about each failed criterion, in the proof's reason order: how many
 * episodes per arm would detect the minimum gain when the gain was not significant, and that more
 * episodes cannot fix a gain or a safety regression that is really there.
 */
final class NextStepsSection implements ReportSection {

    private final List<String> steps = new ArrayList<>();

    NextStepsSection(ProofFacts facts) {
        boolean sizingSaid = false;
        for (ProofReasonCode code : facts.reasons) {
            switch (code) {
                case REWARD_GAIN_BELOW_THRESHOLD -> steps.add("The mean reward improves by "
                        + Figures.signed(facts.rewardDelta()) + ", less than the required "
                        + Figures.setting(facts.proof.getCriteria().getMinRewardDelta())
                        + ". More episodes would measure the gain more precisely, not raise it: train further"
                        + " before asking again.");
                case CHECKPOINT_PROMOTION_BLOCKED_SAFETY_REGRESSION, CHECKPOINT_PROMOTION_BLOCKED_SAFETY_UPPER_BOUND -> {
                    if (steps.stream().noneMatch(s -> s.startsWith("The safety"))) {
                        steps.add("The safety penalty rises beyond the tolerated "
                                + Figures.setting(facts.safetyThreshold())
                                + (code == ProofReasonCode.CHECKPOINT_PROMOTION_BLOCKED_SAFETY_UPPER_BOUND
                                ? " at the upper confidence bound; more safety episodes narrow the bound only if the"
                                + " true regression is below the threshold." : ".")
                                + " Find the regression (the safety diagnostics below) before promoting.");
                    }
                }
                case P_VALUE_ABOVE_THRESHOLD, CONFIDENCE_BELOW_THRESHOLD -> {
                    if (!sizingSaid) {
                        sizingSaid = true;
                        steps.add(sizing(facts));
                    }
                }
            }
        }
    }

    private static String sizing(ProofFacts facts) {
        String now = "now " + facts.proof.getBaseline().getEpisodes() + " and " + facts.proof.getTrained().getEpisodes();
        return facts.episodesNeededPerArm().map(n -> "The gain is not significant yet: run about " + n
                + " episodes per arm (" + now + ") to detect a gain of "
                + Figures.setting(facts.proof.getCriteria().getMinRewardDelta())
                + facts.significance.map(s -> " at alpha " + Figures.setting(s.getAlpha())).orElse("") + " with power "
                + Figures.setting(ProofGate.TARGET_POWER) + ".")
                .orElse("The gain is not significant (" + now + " episodes): run more episodes per arm.");
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    @Override
    public String title() {
        return "What to do";
    }

    @Override
    public String markdown() {
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append("- ").append(MarkdownText.text(s)).append('\n'));
        return b.toString();
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<ul>\n");
        steps.forEach(s -> b.append("<li>").append(Xml.escape(s)).append("</li>\n"));
        return b.append("</ul>\n").toString();
    }
}
