package dev.benchproof.report;

import dev.benchproof.model.v1.BootstrapInterval;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.model.v1.ReportSignificance;
import dev.benchproof.report.svg.Chart;
import dev.benchproof.report.svg.NiceTicks;
import dev.benchproof.report.svg.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The reward effect: the delta with its intervals, the effect sizes and the probability of
 * improvement, plus the decision picture (the intervals against zero and the minimum delta).
 */
final class EffectSection implements ReportSection {

    /** One measured quantity: a label and its display value. */
    record Measure(String label, String value) {
    }

    /** One interval of the delta, drawn as one row of the decision picture. */
    record DeltaInterval(String label, double low, double high) {
    }

    private final ProofFacts facts;
    private final List<Measure> measures = new ArrayList<>();
    private final List<DeltaInterval> intervals = new ArrayList<>();

    EffectSection(ProofFacts facts) {
        this.facts = facts;
        measures.add(new Measure("reward delta (mean trained − mean baseline)", Figures.signed(facts.rewardDelta())));
        facts.significance.ifPresent(this::addIntervals);
        intervals.forEach(i -> measures.add(new Measure(i.label() + " interval of the delta",
                Figures.brief(i.low()) + " to " + Figures.brief(i.high()))));
        facts.significance.map(ReportSignificance::getEffectSizes).ifPresent(e -> {
            measures.add(new Measure("Cohen's d (pooled standard deviation " + Figures.brief(e.getPooledStdDev()) + ")",
                    Figures.brief(e.getCohensD())));
            measures.add(new Measure("Hedges' g (small-sample corrected d)", Figures.brief(e.getHedgesG())));
        });
        OptionalDouble improvement = facts.probabilityOfImprovement();
        improvement.ifPresent(p -> measures.add(new Measure(
                "probability of improvement P(trained > baseline), Mann–Whitney U / (n_b n_t)", Figures.brief(p))));
    }

    private void addIntervals(ReportSignificance s) {
        String level = Figures.percent(1 - s.getAlpha());
        String primary = facts.paired() ? "paired t" : "Welch t";
        intervals.add(new DeltaInterval(level + " " + primary, s.getDeltaCiLow(), s.getDeltaCiHigh()));
        Optional.ofNullable(s.getTests()).map(t -> t.getBootstrap()).ifPresent((BootstrapInterval b) -> intervals.add(
                new DeltaInterval(level + " bootstrap", b.getDeltaCiLow(), b.getDeltaCiHigh())));
        if (facts.paired()) {
            var welch = s.getTests().getWelch();
            intervals.add(new DeltaInterval(level + " Welch t (unpaired)", welch.getDeltaCiLow(), welch.getDeltaCiHigh()));
        }
    }

    @Override
    public String title() {
        return "Effect";
    }

    @Override
    public String markdown() {
        return MarkdownText.table(List.of("measure", "value"), "lr",
                measures.stream().map(m -> List.of(MarkdownText.text(m.label()), MarkdownText.text(m.value()))).toList());
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr><th>measure</th><th class=\"num\">value</th></tr></thead>\n<tbody>\n");
        measures.forEach(m -> b.append("<tr><td>").append(Xml.escape(m.label())).append("</td><td class=\"num\">")
                .append(Xml.escape(m.value())).append("</td></tr>\n"));
        b.append("</tbody>\n</table>\n");
        return b.append("<figure>\n").append(decisionPicture()).append("</figure>\n").toString();
    }

    /** The delta and its intervals against zero and the minimum delta: the picture of the decision. */
    String decisionPicture() {
        double minDelta = facts.proof.getCriteria().getMinRewardDelta();
        double delta = facts.rewardDelta();
        double[] all = new double[3 + 2 * intervals.size()];
        all[0] = 0;
        all[1] = minDelta;
        all[2] = delta;
        for (int i = 0; i < intervals.size(); i++) {
            all[3 + 2 * i] = intervals.get(i).low();
            all[4 + 2 * i] = intervals.get(i).high();
        }
        NiceTicks x = NiceTicks.coveringAll(6, all);
        List<String> rows = new ArrayList<>();
        intervals.forEach(i -> rows.add(i.label()));
        if (rows.isEmpty()) {
            rows.add("mean delta");
        }
        boolean rewardOk = !facts.failed(ProofReasonCode.REWARD_GAIN_BELOW_THRESHOLD);
        String colour = facts.pass() ? Palette.PASS : rewardOk ? Palette.NEUTRAL : Palette.FAIL;
        Chart chart = Chart.rows("decision", "Reward delta against zero and the minimum delta", description(minDelta),
                x, "reward delta, trained − baseline (reward units)", rows);
        chart.verticalRule(0, Palette.ZERO, false, "0: no change", 1, Chart.LabelSide.LEFT);
        chart.verticalRule(minDelta, Palette.THRESHOLD, true, "minimum delta " + Figures.setting(minDelta), 0, Chart.LabelSide.RIGHT);
        if (intervals.isEmpty()) {
            chart.point(0, delta, colour);
        }
        for (int i = 0; i < intervals.size(); i++) {
            chart.interval(i, intervals.get(i).low(), intervals.get(i).high(), delta, colour);
        }
        return chart.toSvg();
    }

    private String description(double minDelta) {
        StringBuilder d = new StringBuilder("Mean reward of " + facts.trainedId() + " minus " + facts.baselineId() + ": "
                + Figures.signed(facts.rewardDelta()) + ".");
        for (DeltaInterval i : intervals) {
            d.append(' ').append(i.label()).append(" interval: ").append(Figures.brief(i.low())).append(" to ")
                    .append(Figures.brief(i.high())).append('.');
        }
        d.append(" Dashed line: the minimum delta ").append(Figures.setting(minDelta))
                .append("; solid line: zero (no change).");
        return d.toString();
    }
}
