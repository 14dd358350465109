package dev.benchproof.gate;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Bootstrap;
import dev.benchproof.stats.EffectSizes;
import dev.benchproof.stats.Interval;
import dev.benchproof.stats.Summary;
import dev.benchproof.stats.SignificanceResult;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Compares trained against baseline rewards with every test benchproof reports. Immutable; {@code with..} copies. */
public final class SignificanceGate {

    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * Work budget of the bootstrap in drawn samples (resamples times both arms). Beyond it, for
     * millions of episodes, the bootstrap would take minutes and adds nothing the t interval lacks.
     */
    public static final long BOOTSTRAP_DRAW_BUDGET = 2_000_000_000L;

    private final double alpha;
    private final Alternative alternative;
    private final SampleDesign design;
    private final int bootstrapResamples;
    private final long bootstrapSeed;

    private SignificanceGate(double alpha, Alternative alternative, SampleDesign design, int resamples, long seed) {
        this.alpha = Thresholds.openUnit("alpha", alpha);
        this.alternative = alternative;
        this.design = design;
        this.bootstrapResamples = (int) Thresholds.atLeast("bootstrap_resamples", resamples, 0);
        this.bootstrapSeed = seed;
    }

    public static SignificanceGate withDefaults() {
        return new SignificanceGate(DEFAULT_ALPHA, Alternative.TWO_SIDED, SampleDesign.INDEPENDENT,
                Bootstrap.DEFAULT_RESAMPLES, Bootstrap.DEFAULT_SEED);
    }

    public SignificanceGate withAlpha(double newAlpha) {
        return new SignificanceGate(newAlpha, alternative, design, bootstrapResamples, bootstrapSeed);
    }

    public SignificanceGate with(Alternative newAlternative) {
        return new SignificanceGate(alpha, newAlternative, design, bootstrapResamples, bootstrapSeed);
    }

    public SignificanceGate with(SampleDesign newDesign) {
        return new SignificanceGate(alpha, alternative, newDesign, bootstrapResamples, bootstrapSeed);
    }

    /** Resamples 0 switches the bootstrap off. */
    public SignificanceGate withBootstrap(int resamples, long seed) {
        return new SignificanceGate(alpha, alternative, design, resamples, seed);
    }

    public double alpha() {
        return alpha;
    }

    public SignificanceOutcome evaluate(double[] baseline, double[] trained) {
        if (design == SampleDesign.PAIRED && baseline.length != trained.length) {
            throw new GateException("paired", "needs reward vectors of equal length, found %s baseline and %s trained"
                    + " samples", baseline.length, trained.length);
        }
        Map<ComparisonTest, SignificanceResult> tests = new EnumMap<>(ComparisonTest.class);
        for (ComparisonTest test : ComparisonTest.values()) {
            if (test.appliesTo(design)) {
                tests.put(test, test.run(baseline, trained, alternative, alpha));
            }
        }
        long draws = (long) bootstrapResamples * ((long) baseline.length + trained.length);
        Optional<Interval> bootstrap = bootstrapResamples > 0 && draws <= BOOTSTRAP_DRAW_BUDGET
                ? Optional.of(design == SampleDesign.PAIRED
                        ? Bootstrap.pairedMeanDeltaInterval(baseline, trained, bootstrapResamples, bootstrapSeed, alpha,
                                alternative)
                        : Bootstrap.meanDeltaInterval(baseline, trained, bootstrapResamples, bootstrapSeed, alpha,
                                alternative))
                : Optional.empty();
        EffectSizes.Estimates effects = EffectSizes.of(baseline, trained);
        return new SignificanceOutcome(Summary.of(baseline), Summary.of(trained), alpha, alternative, design, tests,
                bootstrap, bootstrapResamples, bootstrapSeed, effects.pooledStdDev(), effects.cohensD(),
                effects.hedgesG());
    }
}
