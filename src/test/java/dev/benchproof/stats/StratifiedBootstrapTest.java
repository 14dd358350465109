package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StratifiedBootstrapTest {

    private static final double[][] BASELINE = {{0.1, 1.0}, {0.3, 1.2}, {0.2, 0.9}, {0.25, 1.1}};
    private static final double[][] TRAINED = {{0.4, 1.3}, {0.5, 1.1}, {0.45, 1.4}};

    @Test
    void handComputedAggregates() {
        // 8 scores 0.1 0.2 0.25 0.3 0.9 1.0 1.1 1.2: drop 2 at each end -> mean(0.25, 0.3, 0.9, 1.0)
        assertEquals((0.25 + 0.3 + 0.9 + 1.0) / 4, RliableAggregates.iqm(BASELINE), 1e-15);
        assertEquals((0.2125 + 1.05) / 2, RliableAggregates.mean(BASELINE), 1e-15);
        assertEquals((0.2125 + 1.05) / 2, RliableAggregates.median(BASELINE), 1e-15);
        assertEquals(1 - (0.1 + 0.3 + 0.2 + 0.25 + 1 + 1 + 0.9 + 1) / 8, RliableAggregates.optimalityGap(BASELINE, 1), 1e-15);
        // task 0: every trained run beats every baseline run; task 1: 1.1 vs {1.0,1.2,0.9,1.1} = 2.5, 1.3 and 1.4 beat all.
        assertEquals((1.0 + (4 + 4 + 2.5) / 12) / 2, RliableAggregates.probabilityOfImprovement(TRAINED, BASELINE), 1e-15);
        assertEquals(0.5, RliableAggregates.probabilityOfImprovement(BASELINE, BASELINE), 0);
        assertEquals(0.375, RliableAggregates.fractionAbove(RliableAggregates.sortedScores(BASELINE), 0.9), 0);
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        double[] taus = {0.5};
        AggregateComparison a = StratifiedBootstrap.withDefaults().withResamples(2000).compare(BASELINE, TRAINED, taus);
        AggregateComparison b = StratifiedBootstrap.withDefaults().withResamples(2000).compare(BASELINE, TRAINED, taus);
        AggregateComparison c = StratifiedBootstrap.withDefaults().withResamples(2000).withSeed(1).compare(BASELINE, TRAINED, taus);
        assertEquals(a.aggregates(), b.aggregates());
        assertEquals(a.probabilityOfImprovement(), b.probabilityOfImprovement());
        assertNotEquals(a.of(AggregateMetric.IQM).delta(), c.of(AggregateMetric.IQM).delta());
        assertEquals(a.of(AggregateMetric.IQM).delta().point(), c.of(AggregateMetric.IQM).delta().point());
    }

    @Test
    void bcaMovesASkewedIntervalAndKeepsThePointInside() {
        double[][] skewed = {{0.1}, {0.2}, {0.3}, {0.5}, {0.8}, {1.5}, {3.1}, {9.7}};
        double[][] flat = {{1}, {1}, {1}};
        StratifiedBootstrap percentile = StratifiedBootstrap.withDefaults().withResamples(4000);
        Estimate p = percentile.compare(skewed, flat, new double[0]).of(AggregateMetric.MEAN).baseline();
        Estimate bca = percentile.with(IntervalMethod.BCA).compare(skewed, flat, new double[0]).of(AggregateMetric.MEAN).baseline();
        assertEquals(p.point(), bca.point());
        assertNotEquals(p.ciHigh(), bca.ciHigh());
        assertTrue(bca.ciLow() <= bca.point() && bca.point() <= bca.ciHigh());
    }

    @Test
    void rejectsMatricesThatAreNotRunsByTasks() {
        assertThrows(StatisticsException.class, () -> StratifiedBootstrap.withDefaults()
                .compare(new double[][] {{1, 2}, {3}}, TRAINED, new double[0]));
        assertThrows(StatisticsException.class, () -> StratifiedBootstrap.withDefaults()
                .compare(new double[][] {{1}}, TRAINED, new double[0]));
        assertThrows(StatisticsException.class, () -> StratifiedBootstrap.withDefaults().withConfidence(1));
    }
}
