package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.stats.AggregateComparison;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.StratifiedBootstrap;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateGateTest {

    private static double[][] column(double... values) {
        double[][] m = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            m[i][0] = values[i];
        }
        return m;
    }

    private static AggregateComparison compare(double[][] b, double[][] t) {
        return StratifiedBootstrap.withDefaults().withResamples(2000).compare(b, t, new double[] {0.5});
    }

    @Test
    void aClearGainPasses() {
        AggregateComparison c = compare(column(0.1, 0.2, 0.15, 0.12), column(0.6, 0.7, 0.65, 0.62));
        AggregateDecision d = AggregateGate.decide(c, AggregateMetric.IQM, 0.1, 4, 4);
        assertTrue(d.pass());
        assertEquals(List.of(), d.reasons());
        assertTrue(d.runsNeededPerArm().isEmpty());
    }

    @Test
    void anObservedButUnprovenGainAsksForMoreRuns() {
        AggregateComparison c = compare(column(0.1, 0.5, 0.3, 0.2), column(0.2, 0.6, 0.35, 0.3));
        AggregateDecision d = AggregateGate.decide(c, AggregateMetric.MEAN, 0, 4, 4);
        assertEquals(List.of(ReasonCode.AGGREGATE_GAIN_NOT_ESTABLISHED), d.reasons());
        assertTrue(d.runsNeededPerArm().getAsLong() > 4);
    }

    @Test
    void theOptimalityGapImprovesDownwards() {
        AggregateComparison c = compare(column(0.1, 0.2, 0.15, 0.12), column(0.6, 0.7, 0.65, 0.62));
        assertTrue(AggregateGate.decide(c, AggregateMetric.OPTIMALITY_GAP, 0.1, 4, 4).pass());
        AggregateComparison worse = compare(column(0.6, 0.7, 0.65, 0.62), column(0.1, 0.2, 0.15, 0.12));
        assertEquals(List.of(ReasonCode.AGGREGATE_GAIN_NOT_ESTABLISHED),
                AggregateGate.decide(worse, AggregateMetric.OPTIMALITY_GAP, 0, 4, 4).reasons());
    }

    @Test
    void fewerThanThreeRunsPerArmIsNamed() {
        AggregateComparison c = compare(column(0.1, 0.2), column(0.6, 0.7, 0.65));
        assertEquals(List.of(ReasonCode.TOO_FEW_RUNS_PER_ARM), AggregateGate.decide(c, AggregateMetric.IQM, 0, 2, 3).reasons());
    }

    @Test
    void aNegativeMinDeltaIsBadInput() {
        AggregateComparison c = compare(column(0.1, 0.2, 0.3), column(0.6, 0.7, 0.65));
        assertThrows(GateException.class, () -> AggregateGate.decide(c, AggregateMetric.IQM, -0.1, 3, 3));
        assertThrows(GateException.class, () -> AggregateGate.decide(c, AggregateMetric.IQM, Double.NaN, 3, 3));
    }
}
