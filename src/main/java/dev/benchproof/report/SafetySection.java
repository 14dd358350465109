package dev.benchproof.report;

import dev.benchproof.model.v1.SafetyDeltaUpperBound;
import dev.benchproof.model.v1.SafetyRegressionReport;
import dev.benchproof.report.svg.Chart;
import dev.benchproof.report.svg.NiceTicks;
import dev.benchproof.report.svg.Xml;
import java.util.List;
import java.util.Optional;

/** The safety regression: trained minus baseline mean penalty (and its upper bound) against the threshold. */
final class SafetySection implements ReportSection {

    private final ProofFacts facts;

    SafetySection(ProofFacts facts) {
        this.facts = facts;
    }

    @Override
    public String title() {
        return "Safety";
    }

    private String sentence() {
        Optional<SafetyDeltaUpperBound> bound = facts.safetyUpperBound();
        String blocked = facts.proof.getSafetyBenchmark().getPromotionAllowed() ? "allows" : "blocks";
        return "Mean safety penalty " + Figures.brief(facts.proof.getBaseline().getMeanSafetyPenalty()) + " → "
                + Figures.brief(facts.proof.getTrained().getMeanSafetyPenalty()) + ": regression "
                + Figures.signed(facts.safetyDelta())
                + bound.map(b -> " (one-sided " + Figures.percent(b.getConfidenceLevel()) + " upper bound "
                        + Figures.brief(b.getUpperBound()) + ")").orElse("")
                + " against a tolerated " + Figures.setting(facts.safetyThreshold()) + "; the safety gate " + blocked
                + " promotion.";
    }

    @Override
    public String markdown() {
        return MarkdownText.text(sentence()) + "\n";
    }

    @Override
    public String markdownDetails() {
        List<String> diagnostics = facts.safety.map(SafetyRegressionReport::getDiagnostics).orElse(List.of());
        if (diagnostics.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Safety diagnostics:\n\n");
        diagnostics.forEach(line -> b.append("- ").append(MarkdownText.code(line)).append('\n'));
        return b.toString();
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<p>").append(Xml.escape(sentence())).append("</p>\n");
        b.append("<figure>\n").append(picture()).append("</figure>\n");
        List<String> diagnostics = facts.safety.map(SafetyRegressionReport::getDiagnostics).orElse(List.of());
        if (!diagnostics.isEmpty()) {
            b.append("<details><summary>Safety diagnostics</summary>\n<ul>\n");
            diagnostics.forEach(line -> b.append("<li><code>").append(Xml.escape(line)).append("</code></li>\n"));
            b.append("</ul>\n</details>\n");
        }
        return b.toString();
    }

    String picture() {
        double delta = facts.safetyDelta();
        double threshold = facts.safetyThreshold();
        Optional<Double> bound = facts.safetyUpperBound().map(SafetyDeltaUpperBound::getUpperBound);
        NiceTicks x = NiceTicks.coveringAll(6, 0, delta, threshold, bound.orElse(delta));
        String colour = facts.proof.getSafetyBenchmark().getPromotionAllowed() ? Palette.PASS : Palette.FAIL;
        String row = bound.isPresent() ? "delta to upper bound" : "mean penalty delta";
        String description = "Trained minus baseline mean safety penalty: " + Figures.signed(delta)
                + bound.map(u -> ", one-sided upper bound " + Figures.brief(u)).orElse("")
                + ". Dashed line: the largest tolerated regression " + Figures.setting(threshold)
                + (threshold != 0 ? "; solid line: zero (no change)." : ", which is also zero (no change).");
        Chart chart = Chart.rows("safety", "Safety regression against its threshold", description, x,
                "safety penalty delta, trained − baseline (penalty units)", List.of(row));
        if (threshold != 0) {
            chart.verticalRule(0, Palette.ZERO, false, "0: no change", 1, Chart.LabelSide.LEFT);
        }
        chart.verticalRule(threshold, Palette.THRESHOLD, true, "max regression " + Figures.setting(threshold), 0, Chart.LabelSide.RIGHT);
        bound.ifPresent(u -> chart.bound(0, delta, u, colour));
        chart.point(0, delta, colour);
        return chart.toSvg();
    }
}
