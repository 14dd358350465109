package dev.benchproof.stats;

import java.util.Arrays;

/**
 * rliable's aggregate metrics (Agarwal et al., "Deep RL at the Edge of the Statistical Precipice",
 * NeurIPS 2021; {@code rliable/metrics.py} at google-research/rliable@72fc16c) over a score matrix
 * {@code scores[run][task]} with at least one run and one task.
 *
 * <ul>
 *   <li>IQM: the 25% trimmed mean over all run x task scores, as {@code scipy.stats.trim_mean(scores,
 *       0.25, axis=None)}: sort the \(N\) scores, drop \(\lfloor N/4 \rfloor\) at each end, average the rest;</li>
 *   <li>median and mean: of the per-task means over runs;</li>
 *   <li>optimality gap: \(\gamma - \operatorname{mean}(\min(x, \gamma))\) over all scores;</li>
 *   <li>probability of improvement: per task \(U / (n_x n_y)\) with Mann-Whitney's
 *       \(U = \#\{x > y\} + \tfrac12 \#\{x = y\}\) over all pairs, averaged over tasks;</li>
 *   <li>performance profile (score distribution): the fraction of all scores strictly above \(\tau\).</li>
 * </ul>
 */
public final class RliableAggregates {

    private RliableAggregates() {
    }

    /** Every score of the matrix, sorted ascending. */
    public static double[] sortedScores(double[][] scores) {
        int tasks = scores[0].length;
        double[] all = new double[scores.length * tasks];
        for (int r = 0; r < scores.length; r++) {
            System.arraycopy(scores[r], 0, all, r * tasks, tasks);
        }
        Arrays.sort(all);
        return all;
    }

    /** Interquartile mean of the scores. */
    public static double iqm(double[][] scores) {
        return iqmOfSorted(sortedScores(scores));
    }

    /** Interquartile mean of already sorted scores: scipy's {@code lowercut = int(0.25 * n)}. */
    public static double iqmOfSorted(double[] sorted) {
        int n = sorted.length;
        int cut = (int) (0.25 * n);
        double sum = 0;
        for (int i = cut; i < n - cut; i++) {
            sum += sorted[i];
        }
        return sum / (n - 2 * cut);
    }

    /** Mean over runs of each task. */
    public static double[] taskMeans(double[][] scores) {
        int tasks = scores[0].length;
        double[] means = new double[tasks];
        for (double[] run : scores) {
            for (int t = 0; t < tasks; t++) {
                means[t] += run[t];
            }
        }
        for (int t = 0; t < tasks; t++) {
            means[t] /= scores.length;
        }
        return means;
    }

    /** Median of the per-task means (the mean of the two middle ones for an even count, as numpy). */
    public static double median(double[][] scores) {
        double[] means = taskMeans(scores);
        Arrays.sort(means);
        int n = means.length;
        return n % 2 == 1 ? means[n / 2] : (means[n / 2 - 1] + means[n / 2]) / 2;
    }

    /** Mean of the per-task means. */
    public static double mean(double[][] scores) {
        double sum = 0;
        for (double m : taskMeans(scores)) {
            sum += m;
        }
        return sum / scores[0].length;
    }

    /** Optimality gap at threshold {@code gamma}: how far the scores fall short of it on average. */
    public static double optimalityGap(double[][] scores, double gamma) {
        double sum = 0;
        int n = 0;
        for (double[] run : scores) {
            for (double x : run) {
                sum += Math.min(x, gamma);
                n++;
            }
        }
        return gamma - sum / n;
    }

    /**
     * P(X > Y) averaged over tasks, rliable's {@code probability_of_improvement(scores_x, scores_y)}.
     * Both matrices have the same tasks; their run counts may differ.
     */
    public static double probabilityOfImprovement(double[][] x, double[][] y) {
        int tasks = x[0].length;
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        double sum = 0;
        for (int t = 0; t < tasks; t++) {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = x[i][t];
            }
            for (int i = 0; i < ys.length; i++) {
                ys[i] = y[i][t];
            }
            sum += taskImprovement(xs, ys);
        }
        return sum / tasks;
    }

    /**
     * One task's \(U/(n_x n_y)\), by a merge of the sorted columns; rliable returns 1/2 for identical
     * columns, which the formula gives anyway. Sorts its arguments in place.
     */
    static double taskImprovement(double[] xs, double[] ys) {
        Arrays.sort(xs);
        Arrays.sort(ys);
        return improvementOfSorted(xs, ys);
    }

    /** {@link #taskImprovement} of columns already sorted ascending. */
    static double improvementOfSorted(double[] xs, double[] ys) {
        // For each x: count of y strictly below (lt) and equal (eq); both pointers only move forward.
        double u = 0;
        int lt = 0;
        int le = 0;
        for (double v : xs) {
            while (lt < ys.length && ys[lt] < v) {
                lt++;
            }
            if (le < lt) {
                le = lt;
            }
            while (le < ys.length && ys[le] <= v) {
                le++;
            }
            u += lt + 0.5 * (le - lt);
        }
        return u / ((double) xs.length * ys.length);
    }

    /** Fraction of sorted scores strictly above {@code tau}. */
    public static double fractionAbove(double[] sorted, double tau) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= tau) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    /**
     * {@code points} thresholds evenly spaced from the lowest to the highest score of both matrices
     * ({@code np.linspace(lo, hi, points)}), or the one score when all are equal.
     */
    public static double[] profileThresholds(double[][] a, double[][] b, int points) {
        if (points < 2) {
            throw new StatisticsException("a performance profile needs at least 2 thresholds: %d", points);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[][] m : new double[][][] {a, b}) {
            for (double[] run : m) {
                for (double x : run) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (lo == hi) {
            return new double[] {lo};
        }
        double[] taus = new double[points];
        double step = (hi - lo) / (points - 1);
        for (int k = 0; k < points; k++) {
            taus[k] = lo + k * step;
        }
        taus[points - 1] = hi;
        return taus;
    }

    /**
     * Each run's mean over tasks: the run-level summary a significance test compares. Every run has
     * every task, so the mean of these equals {@link #mean} and runs stay independent units.
     */
    public static double[] runMeans(double[][] scores) {
        double[] means = new double[scores.length];
        for (int r = 0; r < scores.length; r++) {
            double sum = 0;
            for (double x : scores[r]) {
                sum += x;
            }
            means[r] = sum / scores[r].length;
        }
        return means;
    }
}
