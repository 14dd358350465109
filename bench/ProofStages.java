import dev.benchproof.gate.SignificanceGate;
import dev.benchproof.gate.SignificanceOutcome;
import dev.benchproof.io.SampleStreams;
import java.nio.file.Path;

/**
 * Times the heavy stages of {@code proof} in one JVM, through the same public APIs the command
 * uses: reading each sample file, then the significance gate (moments, Welch, Mann-Whitney ranks;
 * the bootstrap is skipped above SignificanceGate.BOOTSTRAP_DRAW_BUDGET draws). Building,
 * validating and writing the five small artifacts is the remainder of the CLI's wall time.
 *
 * <p>Usage: {@code java -Xmx1g -cp target/benchproof.jar bench/ProofStages.java BASELINE TRAINED}
 */
public final class ProofStages {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        double[] baseline = SampleStreams.readSamples(Path.of(args[0]), "baseline");
        long t1 = System.nanoTime();
        double[] trained = SampleStreams.readSamples(Path.of(args[1]), "trained");
        long t2 = System.nanoTime();
        SignificanceOutcome outcome = SignificanceGate.withDefaults().evaluate(baseline, trained);
        long t3 = System.nanoTime();
        System.out.printf("stage read_baseline   %7d ms  (%d samples)%n", (t1 - t0) / 1_000_000, baseline.length);
        System.out.printf("stage read_trained    %7d ms  (%d samples)%n", (t2 - t1) / 1_000_000, trained.length);
        System.out.printf("stage significance    %7d ms  (bootstrap %s)%n", (t3 - t2) / 1_000_000,
                outcome.bootstrap().isPresent() ? "run" : "skipped: over the draw budget");
        System.out.printf("stage total_in_jvm    %7d ms%n", (t3 - t0) / 1_000_000);
    }
}
