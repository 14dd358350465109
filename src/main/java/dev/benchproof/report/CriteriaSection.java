package dev.benchproof.report;

import dev.benchproof.model.v1.ProofCriteria;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.report.svg.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * Every criterion of the proof in one table: what was observed, the threshold, and whether it held.
 * Pass or fail comes from the proof's reason codes, never re-decided here.
 */
final class CriteriaSection implements ReportSection {

    /** One table row; {@code observed} and {@code threshold} are display text. */
    record Row(String criterion, String observed, String comparison, String threshold, boolean pass) {
    }

    private final List<Row> rows;

    CriteriaSection(ProofFacts facts) {
        this.rows = rows(facts);
    }

    static List<Row> rows(ProofFacts facts) {
        ProofCriteria criteria = facts.proof.getCriteria();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("reward delta (trained − baseline mean reward)", Figures.observed(facts.rewardDelta()), "≥",
                Figures.setting(criteria.getMinRewardDelta()), !facts.failed(ProofReasonCode.REWARD_GAIN_BELOW_THRESHOLD)));
        rows.add(new Row("safety regression (trained − baseline mean penalty)", Figures.observed(facts.safetyDelta()), "≤",
                Figures.setting(facts.safetyThreshold()),
                !facts.failed(ProofReasonCode.CHECKPOINT_PROMOTION_BLOCKED_SAFETY_REGRESSION)));
        facts.safetyUpperBound().ifPresent(bound -> rows.add(new Row(
                "safety regression, one-sided " + Figures.percent(bound.getConfidenceLevel()) + " upper bound",
                Figures.observed(bound.getUpperBound()), "≤", Figures.setting(facts.safetyThreshold()),
                !facts.failed(ProofReasonCode.CHECKPOINT_PROMOTION_BLOCKED_SAFETY_UPPER_BOUND))));
        rows.add(new Row("p-value (" + facts.primaryTest() + ")", Figures.observed(facts.proof.getSignificance().getpValue()),
                "≤", Figures.setting(criteria.getMaxPValue()), !facts.failed(ProofReasonCode.P_VALUE_ABOVE_THRESHOLD)));
        if (criteria.getMinConfidenceLevel() != null) {
            rows.add(new Row("confidence level (1 − p)", Figures.observed(facts.proof.getSignificance().getConfidenceLevel()),
                    "≥", Figures.setting(criteria.getMinConfidenceLevel()),
                    !facts.failed(ProofReasonCode.CONFIDENCE_BELOW_THRESHOLD)));
        }
        return rows;
    }

    @Override
    public String title() {
        return "Criteria";
    }

    @Override
    public String markdown() {
        List<List<String>> cells = rows.stream().map(r -> List.of(MarkdownText.text(r.criterion()), r.observed(),
                r.comparison() + " " + r.threshold(), r.pass() ? "✅ pass" : "❌ **fail**")).toList();
        return MarkdownText.table(List.of("criterion", "observed", "threshold", "result"), "lrrl", cells);
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr><th>criterion</th><th class=\"num\">observed</th>"
                + "<th class=\"num\">threshold</th><th>result</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            b.append("<tr><td>").append(Xml.escape(r.criterion())).append("</td><td class=\"num\">")
                    .append(Xml.escape(r.observed())).append("</td><td class=\"num\">").append(r.comparison()).append(' ')
                    .append(Xml.escape(r.threshold())).append("</td><td class=\"").append(r.pass() ? "ok\">pass" : "bad\">fail")
                    .append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }
}
