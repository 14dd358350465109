package dev.benchproof.gate;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.MannWhitneyU;
import dev.benchproof.stats.PairedTTest;
import dev.benchproof.stats.Summary;
import dev.benchproof.stats.WelchTTest;
import dev.benchproof.stats.WilcoxonSignedRank;
import java.util.Optional;

/**
 * Every statistic of one reward comparison. The contract's fields come from the primary test: Welch's
 * for independent arms, the paired t-test for paired ones.
 *
 * @param bootstrap the seeded percentile interval of the mean delta; empty when it was skipped
 */
public record SignificanceOutcome(Summary baseline, Summary trained, double alpha, Alternative alternative,
                                  SampleDesign design, WelchTTest.Result welch,
                                  Optional<PairedTTest.Result> pairedT,
                                  Optional<WilcoxonSignedRank.Result> wilcoxon,
                                  MannWhitneyU.Result mannWhitney,
                                  Optional<Interval> bootstrap, int bootstrapResamples, long bootstrapSeed,
                                  double pooledStdDev, double cohensD, double hedgesG) {

    public double pValue() {
        return pairedT.map(PairedTTest.Result::pValue).orElse(welch.pValue());
    }

    public double confidenceLevel() {
        return 1.0 - pValue();
    }

    public double meanDelta() {
        return pairedT.map(PairedTTest.Result::meanDelta).orElse(welch.meanDelta());
    }

    public Interval deltaInterval() {
        return pairedT.map(PairedTTest.Result::deltaInterval).orElse(welch.deltaInterval());
    }

    /** The contract's significance pass: the lower end of the delta interval is above zero. */
    public boolean pass() {
        return significant(deltaInterval().low());
    }

    /** The one definition of "significant", shared by the gates and the cross-field rules that check them. */
    public static boolean significant(double deltaCiLow) {
        return deltaCiLow > 0;
    }
}
