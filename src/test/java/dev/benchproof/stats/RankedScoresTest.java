package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankedScoresTest {

    @Test
    void aResampleSortedByCountingIsTheArrayArraysSortGives() {
        SplittableRandom random = new SplittableRandom(5);
        double[] pool = {-0.0, 0.0, 1.5, -2.25, 1e-300, 7, 7, 0.1 + 0.2, 0.3};
        for (int trial = 0; trial < 500; trial++) {
            int runs = 1 + random.nextInt(12);
            int tasks = 1 + random.nextInt(6);
            double[][] scores = new double[runs][tasks];
            for (double[] row : scores) {
                for (int task = 0; task < tasks; task++) {
                    row[task] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextGaussian();
                }
            }
            RankedScores ranked = RankedScores.of(scores);
            int[] counts = ranked.newCounts();
            for (int draw = 0; draw < 20; draw++) {
                int[][] drawn = new int[runs][tasks];
                double[] resampled = new double[runs * tasks];
                for (int run = 0; run < runs; run++) {
                    for (int task = 0; task < tasks; task++) {
                        drawn[run][task] = random.nextInt(runs);
                        resampled[run * tasks + task] = scores[drawn[run][task]][task];
                    }
                }
                double[] expected = resampled.clone();
                Arrays.sort(expected);
                double[] all = new double[runs * tasks];
                ranked.sortAll(drawn, counts, all);
                assertArrayEquals(expected, all); // compares doubleToLongBits: -0.0 and 0.0 differ
                for (int task = 0; task < tasks; task++) {
                    double[] column = new double[runs];
                    for (int run = 0; run < runs; run++) {
                        column[run] = scores[drawn[run][task]][task];
                    }
                    Arrays.sort(column);
                    double[] counted = new double[runs];
                    ranked.sortColumn(drawn, task, counts, counted);
                    assertArrayEquals(column, counted);
                }
            }
        }
    }
}
