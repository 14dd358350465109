package dev.benchproof.gate;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.MannWhitneyU;
import dev.benchproof.stats.Summary;
import dev.benchproof.stats.WelchTTest;
import java.util.Map;
import java.util.Optional;

/**
 * Significance outcomes with chosen numbers, so a gate test can put the reward delta, the p-value and
 * the delta interval exactly where it needs them (on a threshold, just over it) without searching for
 * samples that happen to produce them.
 */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * An independent-design outcome.
     *
     * @param baselineMean mean reward of the baseline arm
     * @param trainedMean  mean reward of the trained arm
     * @param pValue       primary (Welch) p-value
     * @param ciLow        lower end of the delta interval; above 0 means significant
     */
    static SignificanceOutcome of(double baselineMean, double trainedMean, double pValue, double ciLow) {
        double delta = trainedMean - baselineMean;
        Summary baseline = new Summary(20, baselineMean, 0.25, 0.5);
        Summary trained = new Summary(20, trainedMean, 0.25, 0.5);
        WelchTTest.Result welch = new WelchTTest.Result(1.0, 38, pValue, delta,
                new Interval(ciLow, delta + (delta - ciLow)), false);
        return new SignificanceOutcome(baseline, trained, 0.05, Alternative.TWO_SIDED, SampleDesign.INDEPENDENT,
                Map.of(ComparisonTest.WELCH, welch, ComparisonTest.MANN_WHITNEY, new MannWhitneyU.Result(200, 0, 0.5, 0.5)),
                Optional.empty(), 0, 0L, 0.5, delta / 0.5, delta / 0.5);
    }
}
