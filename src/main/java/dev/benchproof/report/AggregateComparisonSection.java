package dev.benchproof.report;

import dev.benchproof.model.v1.AggregateComparison;
import dev.benchproof.model.v1.AggregateEstimate;
import dev.benchproof.model.v1.ArmEstimates;
import dev.benchproof.model.v1.ComparisonGate;
import dev.benchproof.report.svg.Chart;
import dev.benchproof.report.svg.NiceTicks;
import dev.benchproof.report.svg.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison over runs (seeds) x tasks: rliable's aggregates per arm and their deltas with
 * stratified-bootstrap intervals, the probability of improvement and the performance profiles. Every
 * figure here has the run as its unit: a run's score on a task is its mean episode reward.
 */
final class AggregateComparisonSection implements ReportSection {

    private static final List<String> METRICS = List.of("iqm", "median", "mean", "optimality_gap");
    private static final List<String> NAMES = List.of("IQM", "median", "mean", "optimality gap");

    private final AggregateComparison comparison;

    AggregateComparisonSection(AggregateComparison comparison) {
        this.comparison = comparison;
    }

    @Override
    public String title() {
        return "Runs × tasks";
    }

    private ArmEstimates arms(String metric) {
        var a = comparison.getAggregates();
        return switch (metric) {
            case "iqm" -> a.getIqm();
            case "median" -> a.getMedian();
            case "mean" -> a.getMean();
            default -> a.getOptimalityGap();
        };
    }

    private String confidence() {
        return Figures.percent(comparison.getBootstrap().getConfidence());
    }

    /** What was compared, and on what unit. */
    String design() {
        var d = comparison.getDesign();
        var b = comparison.getBootstrap();
        return d.getTasks().size() + (d.getTasks().size() == 1 ? " task" : " tasks") + " ("
                + String.join(", ", d.getTasks()) + "), " + d.getBaselineRuns() + " baseline and " + d.getTrainedRuns()
                + " trained runs (seeds), " + d.getBaselineEpisodes() + " and " + d.getTrainedEpisodes()
                + " episodes; a run's score on a task is its mean episode reward"
                + (d.getNormalization() == null ? ", not normalized" : ", normalized to (x − min)/(max − min)")
                + ". Intervals: " + confidence() + " stratified bootstrap (runs resampled within each task, "
                + b.getResamples() + " resamples, " + b.getInterval() + ").";
    }

    /** The gate in words. */
    String gate() {
        ComparisonGate g = comparison.getGate();
        String metric = g.getMetric().value();
        AggregateEstimate delta = arms(metric).getDelta();
        boolean lowerIsBetter = metric.equals("optimality_gap");
        String bound = lowerIsBetter ? "upper bound " + Figures.brief(delta.getCiHigh()) + " of the decrease"
                : "lower bound " + Figures.brief(delta.getCiLow());
        return "Gate on the " + name(metric) + " delta: its " + bound + " against the minimum gain "
                + Figures.setting(g.getMinDelta()) + ": " + (g.getPass() ? "pass" : "fail")
                + (g.getReasonCodes().isEmpty() ? "" : " (" + String.join(", ",
                g.getReasonCodes().stream().map(c -> c.value()).toList()) + ")")
                + (g.getRunsNeededPerArm() == null ? "" : "; about " + g.getRunsNeededPerArm()
                + " runs per arm would establish the gain") + ".";
    }

    private static String name(String metric) {
        return NAMES.get(METRICS.indexOf(metric));
    }

    private static String estimate(AggregateEstimate e) {
        return Figures.brief(e.getPoint()) + " [" + Figures.brief(e.getCiLow()) + ", " + Figures.brief(e.getCiHigh()) + "]";
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String metric : METRICS) {
            ArmEstimates a = arms(metric);
            rows.add(List.of(name(metric) + (metric.equals("optimality_gap") ? " (lower is better)" : ""),
                    estimate(a.getBaseline()), estimate(a.getTrained()), estimate(a.getDelta())));
        }
        rows.add(List.of("P(trained run > baseline run)", "", "", estimate(comparison.getProbabilityOfImprovement())));
        return rows;
    }

    private String warning() {
        return comparison.getDesign().getUnnormalizedMultiTask()
                ? "Several tasks on raw scores (no --task-scores): tasks on different scales do not aggregate meaningfully."
                : "";
    }

    @Override
    public String markdown() {
        StringBuilder b = new StringBuilder(MarkdownText.text(design())).append("\n\n");
        b.append(MarkdownText.table(List.of("aggregate (" + confidence() + " interval)", "baseline", "trained",
                "delta (trained − baseline)"), "lrrr", rows()));
        b.append('\n').append(MarkdownText.text(gate())).append('\n');
        if (!warning().isEmpty()) {
            b.append("\n**Warning:** ").append(MarkdownText.text(warning())).append('\n');
        }
        return b.toString();
    }

    @Override
    public String markdownDetails() {
        var profile = comparison.getPerformanceProfile();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < profile.getThresholds().size(); i++) {
            rows.add(List.of(Figures.brief(profile.getThresholds().get(i)), estimate(profile.getBaseline().get(i)),
                    estimate(profile.getTrained().get(i))));
        }
        return "Performance profile: the fraction of run × task scores above each threshold.\n\n"
                + MarkdownText.table(List.of("score threshold", "baseline", "trained"), "rrr", rows);
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<p>").append(Xml.escape(design())).append("</p>\n");
        b.append("<table>\n<thead><tr><th>aggregate (").append(Xml.escape(confidence()))
                .append(" interval)</th><th>baseline</th><th>trained</th><th>delta (trained − baseline)</th></tr></thead>\n<tbody>\n");
        for (List<String> row : rows()) {
            b.append("<tr>");
            row.forEach(cell -> b.append("<td>").append(Xml.escape(cell)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n<p>").append(Xml.escape(gate())).append("</p>\n");
        if (!warning().isEmpty()) {
            b.append("<p><strong>Warning:</strong> ").append(Xml.escape(warning())).append("</p>\n");
        }
        b.append("<figure>\n").append(estimates()).append("</figure>\n");
        b.append("<figure>\n").append(deltas()).append("</figure>\n");
        b.append("<figure>\n").append(profiles()).append("</figure>\n");
        return b.toString();
    }

    /** rliable's interval-estimate plot: each aggregate per arm. */
    String estimates() {
        List<String> labels = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (String metric : METRICS) {
            ArmEstimates a = arms(metric);
            labels.add(name(metric) + ", baseline");
            labels.add(name(metric) + ", trained");
            for (AggregateEstimate e : List.of(a.getBaseline(), a.getTrained())) {
                ends.add(e.getCiLow());
                ends.add(e.getCiHigh());
            }
        }
        NiceTicks x = NiceTicks.coveringAll(6, ends.stream().mapToDouble(Double::doubleValue).toArray());
        Chart chart = Chart.rows("aggregates", "Aggregate scores per arm", "Point estimates and " + confidence()
                        + " stratified-bootstrap intervals of the interquartile mean, median, mean and optimality"
                        + " gap of the run scores, baseline and trained.", x, "score (normalized or raw task score)",
                labels);
        int row = 0;
        for (String metric : METRICS) {
            ArmEstimates a = arms(metric);
            for (var arm : List.of(a.getBaseline(), a.getTrained())) {
                chart.interval(row, arm.getCiLow(), arm.getCiHigh(), arm.getPoint(),
                        row % 2 == 0 ? Palette.BASELINE : Palette.TRAINED);
                row++;
            }
        }
        return chart.toSvg();
    }

    /** The deltas and the probability of improvement against no change. */
    String deltas() {
        List<String> labels = new ArrayList<>();
        List<Double> ends = new ArrayList<>(List.of(0.0));
        for (String metric : METRICS) {
            labels.add(name(metric) + " delta");
            ends.add(arms(metric).getDelta().getCiLow());
            ends.add(arms(metric).getDelta().getCiHigh());
        }
        NiceTicks x = NiceTicks.coveringAll(6, ends.stream().mapToDouble(Double::doubleValue).toArray());
        Chart chart = Chart.rows("aggregate-deltas", "Trained minus baseline, per aggregate", "Deltas of the four"
                + " aggregates with " + confidence() + " intervals; solid line: zero (no change). For the optimality"
                + " gap a negative delta is an improvement.", x, "delta, trained − baseline (score units)", labels);
        chart.verticalRule(0, Palette.ZERO, false, "0: no change", 0, Chart.LabelSide.RIGHT);
        for (int i = 0; i < METRICS.size(); i++) {
            AggregateEstimate d = arms(METRICS.get(i)).getDelta();
            chart.interval(i, d.getCiLow(), d.getCiHigh(), d.getPoint(), Palette.NEUTRAL);
        }
        StringBuilder svg = new StringBuilder(chart.toSvg());
        AggregateEstimate poi = comparison.getProbabilityOfImprovement();
        Chart p = Chart.rows("improvement", "Probability of improvement", "Chance that a trained run beats a"
                        + " baseline run on a task (ties count one half), averaged over tasks: "
                        + Figures.brief(poi.getPoint()) + " with " + confidence() + " interval; dashed line: 0.5, no"
                        + " improvement.", NiceTicks.covering(0, 1, 5), "P(trained run > baseline run)",
                List.of("P(improvement)"));
        p.verticalRule(0.5, Palette.THRESHOLD, true, "0.5: no improvement", 0, Chart.LabelSide.RIGHT);
        p.interval(0, poi.getCiLow(), poi.getCiHigh(), poi.getPoint(), Palette.TRAINED);
        return svg.append(p.toSvg()).toString();
    }

    /** rliable's performance profiles: fraction of run x task scores above each threshold, with bands. */
    String profiles() {
        var profile = comparison.getPerformanceProfile();
        double[] tau = profile.getThresholds().stream().mapToDouble(Double::doubleValue).toArray();
        NiceTicks x = NiceTicks.covering(tau[0], tau[tau.length - 1], 6);
        Chart chart = Chart.xy("profiles", "Performance profiles", "Fraction of run × task scores above each score"
                        + " threshold, baseline dashed and trained solid, with " + confidence() + " bands. A curve"
                        + " further up and right is better.", x, "score threshold τ (score units)",
                NiceTicks.covering(0, 1, 5), "fraction of scores > τ", 300);
        profile(chart, profile.getBaseline(), tau, Palette.BASELINE, true, "baseline");
        profile(chart, profile.getTrained(), tau, Palette.TRAINED, false, "trained");
        return chart.toSvg();
    }

    private static void profile(Chart chart, List<AggregateEstimate> points, double[] tau, String colour, boolean dashed,
                                String label) {
        double[] low = points.stream().mapToDouble(AggregateEstimate::getCiLow).toArray();
        double[] high = points.stream().mapToDouble(AggregateEstimate::getCiHigh).toArray();
        double[] point = points.stream().mapToDouble(AggregateEstimate::getPoint).toArray();
        chart.band(tau, low, high, colour);
        chart.line(tau, point, colour, dashed, label);
    }
}
