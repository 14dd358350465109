package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.stats.Alternative;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The gate's pass agrees with its own p-value: the interval it is decided on matches the alternative. */
class OneSidedGateTest {

    private static final SignificanceGate GATE = SignificanceGate.withDefaults().withBootstrap(200, 7);

    @Test
    @DisplayName("issue 13: baseline 0..7, trained +2.3, --alternative greater passes with delta_ci_low 0.1428...")
    void greaterExamplePassesOnItsOneSidedBound() {
        double[] baseline = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] trained = {2.3, 3.3, 4.3, 5.3, 6.3, 7.3, 8.3, 9.3};
        SignificanceOutcome outcome = GATE.with(Alternative.GREATER).evaluate(baseline, trained);
        // mpmath/exact, edges.tsv row greater_shift (SciPy ttest_ind(..., alternative='greater') p = 0.0406890152450835)
        assertEquals(0.0406890152450835, outcome.pValue(), 1e-15);
        assertEquals(0.1428444442796775, outcome.deltaInterval().low(), 1e-13);
        assertEquals(Double.POSITIVE_INFINITY, outcome.deltaInterval().high());
        assertTrue(outcome.pass());
        assertEquals(Double.POSITIVE_INFINITY, outcome.bootstrap().orElseThrow().high(), "one-sided percentile");
        assertTrue(outcome.bootstrap().orElseThrow().low() > 0);
    }

    @Test
    @DisplayName("issue 13: for the t tests pass == (p <= alpha) for greater, and (p <= alpha and delta > 0) two-sided")
    void passAgreesWithThePValueOnRandomData() {
        Random random = new Random(13);
        int passes = 0;
        for (int i = 0; i < 400; i++) {
            int nb = 2 + random.nextInt(30);
            int nt = i % 2 == 0 ? nb : 2 + random.nextInt(30);
            double shift = random.nextGaussian() * 0.8;
            double spread = Math.exp(random.nextGaussian() * 3);
            double[] baseline = new double[nb];
            double[] trained = new double[nt];
            for (int k = 0; k < nb; k++) {
                baseline[k] = spread * random.nextGaussian();
            }
            for (int k = 0; k < nt; k++) {
                trained[k] = spread * (shift + random.nextGaussian());
            }
            double alpha = new double[] {0.05, 0.01, 0.2, 1e-4}[i % 4];
            SampleDesign design = nb == nt && i % 4 == 0 ? SampleDesign.PAIRED : SampleDesign.INDEPENDENT;
            for (Alternative alternative : Alternative.values()) {
                SignificanceOutcome o = SignificanceGate.withDefaults().withBootstrap(0, 0).withAlpha(alpha)
                        .with(alternative).with(design).evaluate(baseline, trained);
                boolean expected = alternative == Alternative.GREATER
                        ? o.pValue() <= alpha : o.pValue() <= alpha && o.meanDelta() > 0;
                String what = "case " + i + " " + alternative + " " + design + ": p " + o.pValue() + " alpha " + alpha
                        + " delta " + o.meanDelta() + " interval " + o.deltaInterval();
                assertEquals(expected, o.pass(), what);
                passes += o.pass() ? 1 : 0;
            }
        }
        assertTrue(passes > 100 && passes < 700, "both outcomes are exercised: " + passes);
    }
}
