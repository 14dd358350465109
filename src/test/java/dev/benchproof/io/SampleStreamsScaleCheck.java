package dev.benchproof.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Manual scale check, not a unit test (timings vary by machine): writes ten million samples
 * (about 200 MB) and reads them back.
 *
 * <pre>
 * mvn -q test-compile
 * java -Xmx1g -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     dev.benchproof.io.SampleStreamsScaleCheck [count] [file]
 * </pre>
 */
public final class SampleStreamsScaleCheck {

    private SampleStreamsScaleCheck() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("samples", ".json");
        PrintStream out = System.out;
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('[');
            for (int i = 0; i < count; i++) {
                w.write(i == 0 ? "" : ",");
                w.write(Double.toString(random.nextGaussian() * 100));
            }
            w.write(']');
        }
        long start = System.nanoTime();
        double[] samples = SampleStreams.readSamples(file, "scale");
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "%d samples, %d MB file, read in %d ms, heap used %d MB of max %d MB%n",
                samples.length, Files.size(file) >> 20, millis, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (args.length < 2) {
            Files.delete(file);
        }
    }
}
