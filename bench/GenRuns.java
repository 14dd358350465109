import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Deterministic episode-record generator for the compare benchmark:
 * {@code java bench/GenRuns.java OUT RUNS TASKS EPISODES GAIN SEED}, CSV or JSON Lines by OUT's
 * extension. Reward = 0.1 * task + seed effect (sd 0.1) + gain + episode noise (sd 0.2), six decimals,
 * written as fixed-point text so the bytes are the same on every JDK.
 */
public final class GenRuns {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int tasks = Integer.parseInt(args[2]);
        int episodes = Integer.parseInt(args[3]);
        double gain = Double.parseDouble(args[4]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[5]));
        boolean csv = out.toString().endsWith(".csv");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (csv) {
                w.write("task,seed,episode,reward\n");
            }
            StringBuilder line = new StringBuilder(96);
            for (int r = 0; r < runs; r++) {
                double seedEffect = 0.1 * gaussian(random);
                for (int t = 0; t < tasks; t++) {
                    for (int e = 0; e < episodes; e++) {
                        long micro = Math.round((0.1 * t + seedEffect + gain + 0.2 * gaussian(random)) * 1e6);
                        String reward = (micro < 0 ? "-" : "") + Math.abs(micro) / 1_000_000 + "."
                                + String.format(java.util.Locale.ROOT, "%06d", Math.abs(micro) % 1_000_000);
                        line.setLength(0);
                        if (csv) {
                            line.append("task-").append(t).append(',').append(r).append(',').append(e).append(',').append(reward);
                        } else {
                            line.append("{\"task\":\"task-").append(t).append("\",\"seed\":").append(r).append(",\"episode\":")
                                    .append(e).append(",\"reward\":").append(reward).append('}');
                        }
                        w.write(line.append('\n').toString());
                    }
                }
            }
        }
    }

    /** Box-Muller with StrictMath: the same values on every JDK. */
    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log1p(-u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
}
