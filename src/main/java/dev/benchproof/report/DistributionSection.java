package dev.benchproof.report;

import dev.benchproof.report.svg.Chart;
import dev.benchproof.report.svg.NiceTicks;
import java.util.Arrays;

/**
 * Per-arm reward distributions as empirical CDFs: one step line per arm, so the shift between arms
 * (and any change of spread or tails) is visible. Only when the samples are in memory.
 */
final class DistributionSection implements ReportSection {

    /** Above this many episodes an arm is drawn at this many quantile steps: the picture, not a data dump. */
    static final int MAX_STEPS = 1000;

    private final ProofFacts facts;
    private final ReportInput.RewardSamples samples;

    DistributionSection(ProofFacts facts, ReportInput.RewardSamples samples) {
        this.facts = facts;
        this.samples = samples;
    }

    @Override
    public String title() {
        return "Reward distributions";
    }

    @Override
    public String markdown() {
        return "";
    }

    @Override
    public String html() {
        return "<figure>\n" + ecdf() + "</figure>\n";
    }

    String ecdf() {
        double[] baseline = sorted(samples.baseline());
        double[] trained = sorted(samples.trained());
        double min = Math.min(baseline[0], trained[0]);
        double max = Math.max(baseline[baseline.length - 1], trained[trained.length - 1]);
        NiceTicks x = NiceTicks.covering(min, max, 6);
        NiceTicks y = NiceTicks.covering(0, 1, 5);
        String description = "Empirical cumulative distribution of the per-episode reward: " + facts.baselineId() + " "
                + baseline.length + " episodes from " + Figures.brief(baseline[0]) + " to "
                + Figures.brief(baseline[baseline.length - 1]) + "; " + facts.trainedId() + " " + trained.length
                + " episodes from " + Figures.brief(trained[0]) + " to " + Figures.brief(trained[trained.length - 1])
                + ". A curve further right means higher rewards."
                + (baseline.length > MAX_STEPS || trained.length > MAX_STEPS
                ? " Arms above " + MAX_STEPS + " episodes are drawn at " + MAX_STEPS + " quantiles." : "");
        Chart chart = Chart.xy("distributions", "Reward distributions (empirical CDF)", description, x,
                "reward per episode (reward units)", y, "fraction of episodes ≤ reward", 300);
        step(chart, baseline, Palette.BASELINE, true, facts.baselineId() + " (n = " + baseline.length + ")");
        step(chart, trained, Palette.TRAINED, false, facts.trainedId() + " (n = " + trained.length + ")");
        return chart.toSvg();
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static void step(Chart chart, double[] sorted, String colour, boolean dashed, String label) {
        double[][] steps = ecdfSteps(sorted);
        chart.steps(steps[0], steps[1], 0, colour, dashed, label);
    }

    /**
     * The corners of the ECDF F(x) = #{v <= x} / n of an ascending sample, as {xs, ys}: the curve rises to
     * ys[i] at xs[i], where ys[i] = rank / n of that value. Up to MAX_STEPS values every value is a corner
     * (a tie rises several times at one x, which draws one step to F there); above, the corners are the
     * values of rank floor(k n / MAX_STEPS), exact on distinct values (a tie running past such a rank
     * reaches its full height at the next corner).
     */
    static double[][] ecdfSteps(double[] sorted) {
        int n = sorted.length;
        int steps = Math.min(n, MAX_STEPS);
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        for (int k = 1; k <= steps; k++) {
            int index = (int) ((long) k * n / steps) - 1; // the value of rank floor(k n / steps)
            xs[k - 1] = sorted[index];
            ys[k - 1] = (index + 1) / (double) n;
        }
        return new double[][] {xs, ys};
    }
}
