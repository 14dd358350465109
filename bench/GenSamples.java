import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a JSON array of N deterministic Gaussian samples (mean MU, standard deviation 1) with six
 * decimals, e.g. {@code [1.234567,-0.500000,...]}. Same bytes on every JDK for the same arguments:
 * SplittableRandom and Box-Muller with StrictMath, fixed-point formatting without locale.
 *
 * <p>Usage: {@code java bench/GenSamples.java OUT N MU SEED}
 */
public final class GenSamples {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        double mu = Double.parseDouble(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        byte[] buf = new byte[32];
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            os.write('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    os.write(',');
                }
                double u = 1.0 - random.nextDouble();
                double g = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
                long micros = Math.round((mu + g) * 1_000_000);
                int len = 0;
                boolean negative = micros < 0;
                long v = Math.abs(micros);
                for (int d = 0; d < 6; d++) {
                    buf[len++] = (byte) ('0' + v % 10);
                    v /= 10;
                }
                buf[len++] = '.';
                do {
                    buf[len++] = (byte) ('0' + v % 10);
                    v /= 10;
                } while (v > 0);
                if (negative) {
                    buf[len++] = '-';
                }
                for (int j = len - 1; j >= 0; j--) {
                    os.write(buf[j]);
                }
            }
            os.write(']');
            os.write('\n');
        }
    }
}
