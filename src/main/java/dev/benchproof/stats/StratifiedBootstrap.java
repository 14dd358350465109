package dev.benchproof.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * rliable's stratified bootstrap of two score matrices {@code [run][task]}: each resample draws, for
 * each task separately, as many runs as the arm has, with replacement, from that task's column
 * (tasks are strata; the runs of one task are exchangeable). The two arms are resampled
 * independently, as rliable's {@code StratifiedIndependentBootstrap} does for the probability of
 * improvement; every statistic of one resample is computed from the same draws.
 *
 * <p>Intervals are {@link IntervalMethod#PERCENTILE} (numpy's linear percentile, as
 * {@link Bootstrap}) or {@link IntervalMethod#BCA}: \([Q(\alpha_1), Q(\alpha_2)]\) with
 * \(\alpha_{1,2} = \Phi\big(z_0 + \frac{z_0 + z_{\alpha/2,\,1-\alpha/2}}{1 - a(z_0 + z_{\alpha/2,\,1-\alpha/2})}\big)\),
 * \(z_0 = \Phi^{-1}(\#\{\theta^* < \hat\theta\}/R)\) (the fraction clamped to \([\frac{1}{2R}, 1 - \frac{1}{2R}]\)),
 * and the acceleration \(a = \sum U^3 / (6 (\sum U^2)^{3/2})\) from the jackknife influences
 * \(U_{k,i} = (n_k - 1)(\bar\theta_{k,(\cdot)} - \hat\theta_{k,(i)})\), leaving out one run (a whole row)
 * of arm \(k\) at a time, over both arms (Efron's multi-sample form).
 *
 * <p>Deterministic: resamples are split into blocks of {@value #BLOCK_SIZE}, block {@code k} draws
 * from its own {@link SplitMix64#forBlock(long, long)}: baseline first (task by task, run by run),
 * then trained. Blocks run in parallel; no result depends on the thread count or the JDK.
 *
 * <p>Immutable: configure with the {@code with...} methods, which return copies.
 */
public final class StratifiedBootstrap {

    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final double DEFAULT_OPTIMALITY_THRESHOLD = 1.0;
    static final int BLOCK_SIZE = 64;

    private static final StratifiedBootstrap DEFAULTS = new StratifiedBootstrap(DEFAULT_RESAMPLES, Bootstrap.DEFAULT_SEED,
            DEFAULT_CONFIDENCE, IntervalMethod.PERCENTILE, DEFAULT_OPTIMALITY_THRESHOLD);
    private static final AggregateMetric[] METRICS = AggregateMetric.values();

    private final int resamples;
    private final long seed;
    private final double confidence;
    private final IntervalMethod method;
    private final double optimalityThreshold;

    private StratifiedBootstrap(int resamples, long seed, double confidence, IntervalMethod method, double optimalityThreshold) {
        this.resamples = Arguments.checkResamples(resamples);
        this.seed = seed;
        this.confidence = confidence;
        Arguments.checkAlpha(1 - confidence);
        Arguments.checkAlpha(confidence);
        this.method = Arguments.checkNotNull(method, "method");
        if (!Double.isFinite(optimalityThreshold)) {
            throw new StatisticsException("optimality threshold must be finite: " + optimalityThreshold);
        }
        this.optimalityThreshold = optimalityThreshold;
    }

    /** 10,000 resamples, seed {@value Bootstrap#DEFAULT_SEED}, 95% percentile intervals, optimality threshold 1. */
    public static StratifiedBootstrap withDefaults() {
        return DEFAULTS;
    }

    public StratifiedBootstrap withResamples(int newResamples) {
        return new StratifiedBootstrap(newResamples, seed, confidence, method, optimalityThreshold);
    }

    public StratifiedBootstrap withSeed(long newSeed) {
        return new StratifiedBootstrap(resamples, newSeed, confidence, method, optimalityThreshold);
    }

    public StratifiedBootstrap withConfidence(double newConfidence) {
        return new StratifiedBootstrap(resamples, seed, newConfidence, method, optimalityThreshold);
    }

    public StratifiedBootstrap with(IntervalMethod newMethod) {
        return new StratifiedBootstrap(resamples, seed, confidence, newMethod, optimalityThreshold);
    }

    public StratifiedBootstrap withOptimalityThreshold(double gamma) {
        return new StratifiedBootstrap(resamples, seed, confidence, method, gamma);
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    public double confidence() {
        return confidence;
    }

    public IntervalMethod method() {
        return method;
    }

    public double optimalityThreshold() {
        return optimalityThreshold;
    }

    /**
     * Compares two arms measured on the same tasks.
     *
     * @param baseline {@code [run][task]} scores, at least one run
     * @param trained {@code [run][task]} scores with the same number of tasks
     * @param thresholds performance-profile thresholds
     * @throws StatisticsException for an empty or ragged matrix, a task-count mismatch or a non-finite value
     */
    public AggregateComparison compare(double[][] baseline, double[][] trained, double[] thresholds) {
        checkMatrix(baseline, "baseline");
        checkMatrix(trained, "trained");
        if (baseline[0].length != trained[0].length) {
            throw new StatisticsException("both arms need the same tasks: " + baseline[0].length + " vs " + trained[0].length);
        }
        double[] taus = thresholds.clone();
        Resampled run = resampled(baseline, trained, taus);
        int count = run.point().length;
        Estimate[] estimates = new Estimate[count];
        double[] sds = new double[count];
        for (int s = 0; s < count; s++) {
            double[] sorted = run.sortedDraws()[s];
            double[] levels = levels(run, s);
            sds[s] = run.sds()[s];
            estimates[s] = new Estimate(run.point()[s], Bootstrap.percentile(sorted, levels[0]),
                    Bootstrap.percentile(sorted, levels[1]));
        }
        Map<AggregateMetric, AggregateComparison.Arms> aggregates = new EnumMap<>(AggregateMetric.class);
        for (AggregateMetric metric : METRICS) {
            int i = 3 * metric.ordinal();
            aggregates.put(metric, new AggregateComparison.Arms(estimates[i], estimates[i + 1], estimates[i + 2], sds[i], sds[i + 1]));
        }
        int poi = 3 * METRICS.length;
        List<Estimate> profileBaseline = new ArrayList<>();
        List<Estimate> profileTrained = new ArrayList<>();
        List<Double> tauList = new ArrayList<>();
        for (int k = 0; k < taus.length; k++) {
            tauList.add(taus[k]);
            profileBaseline.add(estimates[poi + 1 + 2 * k]);
            profileTrained.add(estimates[poi + 2 + 2 * k]);
        }
        return new AggregateComparison(aggregates, estimates[poi], tauList, profileBaseline, profileTrained, this);
    }

    /**
     * Everything the intervals are made of, per statistic (see {@code Statistics} for the order).
     *
     * @param point the statistics of the observed matrices
     * @param sortedDraws each statistic's bootstrap draws, ascending
     * @param sds each statistic's bootstrap standard deviation
     * @param influences jackknife influences (BCa only, else null)
     */
    record Resampled(double[] point, double[][] sortedDraws, double[] sds, double[][] influences) {
    }

    Resampled resampled(double[][] baseline, double[][] trained, double[] taus) {
        Statistics statistics = new Statistics(optimalityThreshold, taus);
        double[] point = statistics.of(baseline, trained);
        double[][] draws = draw(baseline, trained, statistics);
        double[] sds = new double[point.length];
        for (int s = 0; s < point.length; s++) {
            sds[s] = standardDeviation(draws[s]);
            Arrays.sort(draws[s]);
        }
        double[][] influences = method == IntervalMethod.BCA ? influences(baseline, trained, statistics) : null;
        return new Resampled(point, draws, sds, influences);
    }

    /** The quantile levels of statistic {@code s}'s interval: plain, or moved by BCa. */
    double[] levels(Resampled run, int s) {
        double alpha = 1 - confidence;
        if (method == IntervalMethod.BCA) {
            return bcaLevels(run.sortedDraws()[s], run.point()[s], acceleration(run.influences(), s), alpha);
        }
        return new double[] {alpha / 2, 1 - alpha / 2};
    }

    /** Every statistic of one pair of matrices, in a fixed order: per metric baseline, trained, delta; PoI; profiles. */
    private static final class Statistics {
        final double gamma;
        final double[] taus;

        Statistics(double gamma, double[] taus) {
            this.gamma = gamma;
            this.taus = taus;
        }

        int count() {
            return 3 * METRICS.length + 1 + 2 * taus.length;
        }

        double[] of(double[][] b, double[][] t) {
            return of(b, t, RliableAggregates.sortedScores(b), RliableAggregates.sortedScores(t),
                    RliableAggregates.probabilityOfImprovement(t, b));
        }

        /** As {@link #of(double[][], double[][])}, given the sorted scores and P(trained > baseline). */
        double[] of(double[][] b, double[][] t, double[] sortedB, double[] sortedT, double improvement) {
            double[] out = new double[count()];
            for (AggregateMetric metric : METRICS) {
                int i = 3 * metric.ordinal();
                out[i] = metric.of(b, sortedB, gamma);
                out[i + 1] = metric.of(t, sortedT, gamma);
                out[i + 2] = out[i + 1] - out[i];
            }
            int poi = 3 * METRICS.length;
            out[poi] = improvement;
            for (int k = 0; k < taus.length; k++) {
                out[poi + 1 + 2 * k] = RliableAggregates.fractionAbove(sortedB, taus[k]);
                out[poi + 2 + 2 * k] = RliableAggregates.fractionAbove(sortedT, taus[k]);
            }
            return out;
        }
    }

    /** {@code draws[statistic][resample]}. */
    private double[][] draw(double[][] baseline, double[][] trained, Statistics statistics) {
        double[][] draws = new double[statistics.count()][resamples];
        int blocks = (resamples + BLOCK_SIZE - 1) / BLOCK_SIZE;
        int tasks = baseline[0].length;
        RankedScores rankedB = RankedScores.of(baseline);
        RankedScores rankedT = RankedScores.of(trained);
        IntStream.range(0, blocks).parallel().forEach(k -> {
            SplitMix64 random = SplitMix64.forBlock(seed, k);
            double[][] b = new double[baseline.length][tasks];
            double[][] t = new double[trained.length][tasks];
            int[][] drawnB = new int[baseline.length][tasks];
            int[][] drawnT = new int[trained.length][tasks];
            double[] sortedB = new double[baseline.length * tasks];
            double[] sortedT = new double[trained.length * tasks];
            double[] columnB = new double[baseline.length];
            double[] columnT = new double[trained.length];
            int[] countsB = rankedB.newCounts();
            int[] countsT = rankedT.newCounts();
            int end = Math.min(resamples, (k + 1) * BLOCK_SIZE);
            for (int r = k * BLOCK_SIZE; r < end; r++) {
                resample(baseline, b, drawnB, random);
                resample(trained, t, drawnT, random);
                // Sorted by counting the drawn cells (RankedScores): the same arrays as sorting them.
                rankedB.sortAll(drawnB, countsB, sortedB);
                rankedT.sortAll(drawnT, countsT, sortedT);
                double improvement = 0;
                for (int task = 0; task < tasks; task++) {
                    rankedT.sortColumn(drawnT, task, countsT, columnT);
                    rankedB.sortColumn(drawnB, task, countsB, columnB);
                    improvement += RliableAggregates.improvementOfSorted(columnT, columnB);
                }
                double[] values = statistics.of(b, t, sortedB, sortedT, improvement / tasks);
                for (int s = 0; s < values.length; s++) {
                    draws[s][r] = values[s];
                }
            }
        });
        return draws;
    }

    /** Draws each task's runs with replacement into {@code into}, and which original run each is into {@code drawn}. */
    private static void resample(double[][] from, double[][] into, int[][] drawn, SplitMix64 random) {
        int runs = from.length;
        for (int task = 0; task < from[0].length; task++) {
            for (int run = 0; run < runs; run++) {
                int source = random.nextInt(runs);
                drawn[run][task] = source;
                into[run][task] = from[source][task];
            }
        }
    }

    /** {@code influence[statistic][i]} over baseline runs then trained runs (empty for an arm of one run). */
    private static double[][] influences(double[][] baseline, double[][] trained, Statistics statistics) {
        int nb = baseline.length;
        int nt = trained.length;
        double[][] leaveOut = new double[nb + nt][];
        for (int i = 0; i < nb; i++) {
            leaveOut[i] = nb > 1 ? statistics.of(without(baseline, i), trained) : null;
        }
        for (int i = 0; i < nt; i++) {
            leaveOut[nb + i] = nt > 1 ? statistics.of(baseline, without(trained, i)) : null;
        }
        double[][] u = new double[statistics.count()][nb + nt];
        for (int s = 0; s < u.length; s++) {
            jackknife(leaveOut, s, 0, nb, u[s]);
            jackknife(leaveOut, s, nb, nt, u[s]);
        }
        return u;
    }

    private static void jackknife(double[][] leaveOut, int s, int from, int n, double[] u) {
        if (n < 2) {
            return;
        }
        double mean = 0;
        for (int i = from; i < from + n; i++) {
            mean += leaveOut[i][s];
        }
        mean /= n;
        for (int i = from; i < from + n; i++) {
            u[i] = (n - 1) * (mean - leaveOut[i][s]);
        }
    }

    private static double[][] without(double[][] m, int row) {
        double[][] out = new double[m.length - 1][];
        for (int i = 0, j = 0; i < m.length; i++) {
            if (i != row) {
                out[j++] = m[i];
            }
        }
        return out;
    }

    private static double acceleration(double[][] influences, int s) {
        double sum2 = 0;
        double sum3 = 0;
        for (double u : influences[s]) {
            sum2 += u * u;
            sum3 += u * u * u;
        }
        return sum2 == 0 ? 0 : sum3 / (6 * Math.pow(sum2, 1.5));
    }

    /** The BCa quantile levels; the plain ones when every draw equals the point (nothing to correct). */
    static double[] bcaLevels(double[] sorted, double point, double a, double alpha) {
        int r = sorted.length;
        if (sorted[0] == sorted[r - 1]) {
            return new double[] {alpha / 2, 1 - alpha / 2};
        }
        int below = 0;
        while (below < r && sorted[below] < point) {
            below++;
        }
        double p = Math.min(Math.max((double) below / r, 0.5 / r), 1 - 0.5 / r);
        double z0 = Distributions.normalQuantile(p);
        return new double[] {level(z0, a, Distributions.normalQuantile(alpha / 2)),
            level(z0, a, Distributions.normalQuantile(1 - alpha / 2))};
    }

    private static double level(double z0, double a, double z) {
        double shifted = z0 + z;
        double level = 1 - Distributions.normalSurvival(z0 + shifted / (1 - a * shifted));
        return Math.min(1, Math.max(0, level));
    }

    private static double standardDeviation(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0;
    }

    private static void checkMatrix(double[][] m, String name) {
        Arguments.checkNotNull(m, name);
        if (m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new StatisticsException(name + " needs at least one run and one task");
        }
        for (double[] row : m) {
            if (row == null || row.length != m[0].length) {
                throw new StatisticsException(name + " must be a rectangular runs x tasks matrix");
            }
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    throw new StatisticsException(name + " scores must be finite: " + x);
                }
            }
        }
    }
}
