package dev.benchproof.bench;

import dev.benchproof.stats.Bootstrap;
import dev.benchproof.stats.Interval;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of {@code Bootstrap.meanDeltaInterval(b, t, 10_000, seed, 0.05)} on 10,000 samples per
 * arm: 2 x 10^8 draws, spread by the method itself over the common pool (all cores).
 * Single-shot batches of one call each, so every measured iteration is exactly one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class BootstrapBench {

    @Param("10000")
    int samples;

    @Param("10000")
    int resamples;

    double[] baseline;
    double[] trained;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        baseline = new double[samples];
        trained = new double[samples];
        for (int i = 0; i < samples; i++) {
            baseline[i] = 1.0 + gaussian(random);
            trained[i] = 1.2 + gaussian(random);
        }
    }

    /** Box-Muller, so the data are the same on every JDK. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Benchmark
    public Interval meanDeltaInterval() {
        return Bootstrap.meanDeltaInterval(baseline, trained, resamples, Bootstrap.DEFAULT_SEED, 0.05);
    }
}
