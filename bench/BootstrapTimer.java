import dev.benchproof.io.SampleStreams;
import dev.benchproof.stats.Bootstrap;
import dev.benchproof.stats.Interval;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bootstrap alone, in one JVM, for bench/compare.sh to set beside the time SciPy spends inside
 * scipy.stats.bootstrap: wall and process CPU time of the first call (cold: what one CLI run pays) and the median of five more.
 *
 * <p>Usage: {@code java -cp target/benchproof.jar bench/BootstrapTimer.java BASELINE TRAINED RESAMPLES}
 */
public final class BootstrapTimer {
    public static void main(String[] args) {
        double[] baseline = SampleStreams.readSamples(Path.of(args[0]), "baseline");
        double[] trained = SampleStreams.readSamples(Path.of(args[1]), "trained");
        int resamples = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] times = new long[6];
        long[] cpu = new long[6];
        Interval interval = null;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            long startCpu = os.getProcessCpuTime(); // all threads: the bootstrap runs on the common pool
            interval = Bootstrap.meanDeltaInterval(baseline, trained, resamples, Bootstrap.DEFAULT_SEED, 0.05);
            times[i] = System.nanoTime() - start;
            cpu[i] = os.getProcessCpuTime() - startCpu;
        }
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warmCpu);
        System.out.printf("interval=[%.6f, %.6f] first_call_s=%.3f (cpu %.3f) warm_median_s=%.3f (cpu %.3f)%n",
                interval.low(), interval.high(), times[0] / 1e9, cpu[0] / 1e9, warm[warm.length / 2] / 1e9,
                warmCpu[warmCpu.length / 2] / 1e9);
    }
}
