package dev.benchproof.stats;

import java.util.Arrays;

/**
 * One arm's score matrix sorted once, so that a bootstrap resample of it is sorted by counting
 * instead of by comparison. A resample only repeats cells of the original matrix; each cell knows
 * where its value sits in the sorted scores (all of them, and its task's column), so counting the
 * drawn cells at those positions and reading the sorted values back out gives exactly the array
 * {@link Arrays#sort(double[])} would give for the resample (a multiset of doubles has one sorted
 * order) in time linear in its size. Equal values may share a position; their counts add up.
 *
 * <p>Used by {@link StratifiedBootstrap}, whose resamples of a 100 x 50 matrix spent two thirds
 * of their time sorting 5,000 scores and 50 columns per arm.
 */
final class RankedScores {

    private final double[] sortedAll;
    private final int[][] allPosition;
    private final double[][] sortedColumns;
    private final int[][] columnPosition;

    private RankedScores(double[] sortedAll, int[][] allPosition, double[][] sortedColumns, int[][] columnPosition) {
        this.sortedAll = sortedAll;
        this.allPosition = allPosition;
        this.sortedColumns = sortedColumns;
        this.columnPosition = columnPosition;
    }

    /** Sorts {@code scores[run][task]} (rectangular, at least one cell) and places each cell. */
    static RankedScores of(double[][] scores) {
        int runs = scores.length;
        int tasks = scores[0].length;
        double[] sortedAll = RliableAggregates.sortedScores(scores);
        double[][] sortedColumns = new double[tasks][runs];
        int[][] allPosition = new int[runs][tasks];
        int[][] columnPosition = new int[runs][tasks];
        for (int task = 0; task < tasks; task++) {
            for (int run = 0; run < runs; run++) {
                sortedColumns[task][run] = scores[run][task];
            }
            Arrays.sort(sortedColumns[task]);
        }
        for (int run = 0; run < runs; run++) {
            for (int task = 0; task < tasks; task++) {
                allPosition[run][task] = Arrays.binarySearch(sortedAll, scores[run][task]);
                columnPosition[run][task] = Arrays.binarySearch(sortedColumns[task], scores[run][task]);
            }
        }
        return new RankedScores(sortedAll, allPosition, sortedColumns, columnPosition);
    }

    /** Scratch space for one thread: counts as long as the longest sorted array, kept at zero between calls. */
    int[] newCounts() {
        return new int[Math.max(sortedAll.length, sortedColumns[0].length)];
    }

    /**
     * Writes into {@code out} the sorted scores of the resample whose cell {@code [run][task]} is
     * the original cell {@code [drawn[run][task]][task]}.
     */
    void sortAll(int[][] drawn, int[] counts, double[] out) {
        for (int[] row : drawn) {
            for (int task = 0; task < row.length; task++) {
                counts[allPosition[row[task]][task]]++;
            }
        }
        spread(sortedAll, counts, out);
    }

    /** Writes into {@code out} the sorted column {@code task} of the same resample. */
    void sortColumn(int[][] drawn, int task, int[] counts, double[] out) {
        for (int[] row : drawn) {
            counts[columnPosition[row[task]][task]]++;
        }
        spread(sortedColumns[task], counts, out);
    }

    /** Each sorted value as many times as it was counted, in order; the counts are left at zero. */
    private static void spread(double[] sorted, int[] counts, double[] out) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            for (int c = counts[i]; c > 0; c--) {
                out[k++] = sorted[i];
            }
            counts[i] = 0;
        }
    }
}
