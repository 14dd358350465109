package dev.benchproof.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample files large enough to be read side by side behave as if read one after the other. */
class LargeSampleFilesTest {

    private static final int SAMPLES = 400_000; // about 4.4 MB per file: above Inputs.SIDE_BY_SIDE_BYTES together

    @TempDir
    Path dir;

    @Test
    void bothFilesReadTogetherGiveTheValuesOfEachReadAlone() throws IOException {
        Path baseline = samples("baseline.json", 1, "");
        Path trained = samples("trained.json", 2, "");
        Inputs.SamplePair pair = Inputs.samples(baseline, "baseline", trained, "trained");
        assertArrayEquals(Inputs.samples(baseline, "baseline"), pair.first());
        assertArrayEquals(Inputs.samples(trained, "trained"), pair.second());
    }

    @Test
    void whenBothLargeFilesAreBadTheBaselineIsReportedAndNothingIsWritten() throws IOException {
        Path baseline = samples("baseline.json", 1, ", \"x\"");
        Path trained = samples("trained.json", 2, ", true");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(CliRun.proofArgs(baseline, trained, "m24-large", out)).expectCode(2);
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("benchproof proof: error: " + baseline + ": baseline sample at index " + SAMPLES + " must be a finite number", run.errLines().get(0));
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadTrainedFileIsReportedWhenTheBaselineIsGood() throws IOException {
        Path baseline = samples("baseline.json", 1, "");
        Path trained = samples("trained.json", 2, ", null");
        CliRun run = CliRun.run(CliRun.proofArgs(baseline, trained, "m24-large", dir.resolve("out"))).expectCode(2);
        assertEquals("benchproof proof: error: " + trained + ": trained sample at index " + SAMPLES + " must be a finite number", run.err().strip());
    }

    private Path samples(String name, long seed, String tail) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(SAMPLES * 11).append('[');
        for (int i = 0; i < SAMPLES; i++) {
            text.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.6f", random.nextGaussian()));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.append(tail).append(']'), StandardCharsets.UTF_8);
        assertTrue(Files.size(file) * 2 > Inputs.SIDE_BY_SIDE_BYTES, "the files must be large enough");
        return file;
    }
}
