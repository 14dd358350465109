import dev.benchproof.io.EpisodeRecords;
import dev.benchproof.io.RunMatrix;
import dev.benchproof.io.SampleStreams;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ingest rate of one input file, read the way the commands read it, several times in one JVM: the
 * first read is what one CLI run pays (cold code), the later ones the steady state. Rates are per
 * second of the reading thread's CPU time, so other load on the machine moves them little.
 *
 * <p>Usage: {@code java -XX:ActiveProcessorCount=1 -cp target/benchproof.jar bench/IngestRates.java FILE [READS]}
 * where FILE is a sample array ({@code .json}, e.g. from GenSamples.java) or episode records
 * ({@code .csv}, {@code .jsonl}, e.g. from GenRuns.java).
 */
public final class IngestRates {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double megabytes = Files.size(file) / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < reads; i++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long values;
            String unit;
            if (file.toString().endsWith(".json")) {
                values = SampleStreams.readSamples(file, "samples").length;
                unit = "samples";
            } else {
                RunMatrix m = EpisodeRecords.read(file, EpisodeRecords.ExtraColumns.REJECT);
                values = m.totalEpisodes();
                unit = "records";
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("read %d: %d %s, %.3f s CPU (%.3f s wall): %.2f M %s/s, %.0f MB/s%n", i + 1, values, unit,
                    seconds, (System.nanoTime() - wall) / 1e9, values / seconds / 1e6, unit, megabytes / seconds);
        }
    }
}
