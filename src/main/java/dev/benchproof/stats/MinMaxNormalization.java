package dev.benchproof.stats;

/**
 * rliable's score normalization per task, \((x - \min_t) / (\max_t - \min_t)\) (e.g. random and human
 * scores for Atari), so that aggregates over tasks compare like with like.
 *
 * @param min per task, the score mapped to 0
 * @param max per task, the score mapped to 1
 */
public record MinMaxNormalization(double[] min, double[] max) {

    /**
     * @throws StatisticsException when the arrays differ in length, hold a non-finite value, or a task's max equals its min
     */
    public MinMaxNormalization {
        if (min.length != max.length) {
            throw new StatisticsException("min and max need one value per task: %d vs %d", min.length, max.length);
        }
        for (int t = 0; t < min.length; t++) {
            if (!Double.isFinite(min[t]) || !Double.isFinite(max[t]) || !Double.isFinite(max[t] - min[t]) || max[t] == min[t]) {
                throw new StatisticsException("task %d: max must differ from min, both finite: min %s, max %s", t, min[t], max[t]);
            }
        }
        min = min.clone();
        max = max.clone();
    }

    /** A normalized copy of {@code scores[run][task]}. */
    public double[][] apply(double[][] scores) {
        double[][] out = new double[scores.length][];
        for (int r = 0; r < scores.length; r++) {
            if (scores[r].length != min.length) {
                throw new StatisticsException("scores have %d tasks, the normalization %d", scores[r].length, min.length);
            }
            out[r] = new double[min.length];
            for (int t = 0; t < min.length; t++) {
                out[r][t] = (scores[r][t] - min[t]) / (max[t] - min[t]);
            }
        }
        return out;
    }
}
