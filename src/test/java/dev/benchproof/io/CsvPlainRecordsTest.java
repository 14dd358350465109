package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.BadInputException;
import dev.benchproof.io.EpisodeRecords.ExtraColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV fast path changes speed only: every file gives the same matrix, bit for bit, or the same
 * error message, read with it and without it.
 */
class CsvPlainRecordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0", "-0", "0.0", "-0.0", "7", "-7", "0.5", "1.25", "-0.503440", "123456789012345678",
        "-123456789012345678", "0.000000000000000001", "9007199254740.991", "0.1", "0.3", "2.675", "1e5", "1.5E-3", "01",
        "1.", ".5", "-", "", "+1", "1,5", "1 ", "12345678901234567890", "9007199254740993.5", "0x10", "NaN"})
    void aDecimalHasTheValueParseDoubleGivesOrIsDeclined(String text) {
        double fast = CsvPlainRecords.decimal(text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
        if (Double.isNaN(fast)) {
            return; // declined: the general path decides
        }
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
        assertTrue(CsvEpisodes.isJsonNumber(text), text + " is accepted only if the general path accepts it");
    }

    @Test
    void randomSixDecimalRewardsConvertExactly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            String text = String.format(java.util.Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12)));
            double fast = CsvPlainRecords.decimal(text.getBytes(StandardCharsets.US_ASCII), 0, text.length());
            if (!Double.isNaN(fast)) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
            }
        }
    }

    @Test
    void randomFilesOfPlainAndUnusualLinesGiveTheSameMatrixEitherWay() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String[] names = {"task-0", "task-1", " padded ", "t\u00e2che", "\"quoted\"", "\"with \"\"quote\"\"\"", "\"a,b\"", "x\ty"};
        String[] rewards = {"0.25", "-0.503440", "7", "-0", "1e-3", "2.5E2", "0.1", "123456789.123456789", "-0.0"};
        for (int file = 0; file < 60; file++) {
            StringBuilder csv = new StringBuilder(random.nextBoolean() ? "task,seed,episode,reward" : "reward,seed,task,episode,safety_penalty");
            boolean safety = csv.indexOf("safety") >= 0;
            csv.append(random.nextBoolean() ? "\r\n" : "\n");
            for (int line = 0; line < 200; line++) {
                String task = names[random.nextInt(names.length)];
                String seed = random.nextInt(4) == 0 ? "\"" + random.nextInt(3) + "\"" : Integer.toString(random.nextInt(3));
                String reward = rewards[random.nextInt(rewards.length)];
                String episode = Integer.toString(random.nextInt(1000));
                String fields = safety
                        ? reward + "," + seed + "," + task + "," + episode + "," + rewards[random.nextInt(rewards.length)]
                        : task + "," + seed + "," + episode + "," + reward;
                csv.append(fields).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            Path path = dir.resolve("f" + file + ".csv");
            Files.writeString(path, csv, StandardCharsets.UTF_8);
            assertSameEitherWay(path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "task,seed,reward\nt,1,abc\n", "task,seed,reward\nt,1,1e101\n", "task,seed,reward\n ,1,1\n", "task,seed,reward\n\u3000,1,1\n",
        "task,seed,reward,episode\nt,1,1,-1\n", "task,seed,reward,episode\nt,1,1,01\n", "task,seed,reward\nt,1\n",
        "task,seed,reward\nt,1,1,2\n", "task,seed,reward\nt,1,1\n\nt,1,2\n", "task,seed,reward\nt\u0001,1,1\n",
        "task,seed,reward\nt,1,1\rx\n", "task,seed,reward\nt,1,\"1\"\n", "task,seed,reward\n\"t,1,1\n", "task,seed,reward\nt,1,1.\n",
        "task,seed,reward\nt,1,00\n", "task,seed,reward\nt,1, 1\n", "task,seed,reward\nt,1,-\n", "task,seed,reward\n",
    })
    void badFilesFailWithTheSameMessageEitherWay(String text) throws IOException {
        Path path = dir.resolve("b.csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        assertSameEitherWay(path);
    }

    @Test
    void limitsFailWithTheSameMessageEitherWay() throws IOException {
        Path path = dir.resolve("l.csv");
        Files.writeString(path, "task,seed,reward\nt,1,1\nt,2,1\nt,3,1\nu,1,1\nuuuuuuuuuuuuuu,1,1\n", StandardCharsets.UTF_8);
        for (EpisodeRecords.Limits limits : new EpisodeRecords.Limits[] {
            new EpisodeRecords.Limits(1 << 20, 1024, 100, 10, 2, 100), new EpisodeRecords.Limits(1 << 20, 1024, 3, 10, 10, 100),
            new EpisodeRecords.Limits(1 << 20, 1024, 100, 1, 10, 100), new EpisodeRecords.Limits(1 << 20, 16, 100, 10, 10, 100)}) {
            assertEquals(outcome(path, limits, false), outcome(path, limits, true), limits.toString());
        }
    }

    private void assertSameEitherWay(Path path) {
        assertEquals(outcome(path, EpisodeRecords.Limits.DEFAULT, false), outcome(path, EpisodeRecords.Limits.DEFAULT, true));
    }

    /** The matrix as exact text (raw bits of every double), or the error message. */
    private static String outcome(Path path, EpisodeRecords.Limits limits, boolean fastPath) {
        try {
            return exactly(CsvEpisodes.read(path, ExtraColumns.REJECT, limits, fastPath));
        } catch (BadInputException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Names, counts and the raw bits of every mean: two matrices are the same exactly when these are. */
    static String exactly(RunMatrix m) {
        StringBuilder text = new StringBuilder(m.tasks() + " " + m.seeds() + " " + m.totalEpisodes());
        for (int r = 0; r < m.runs(); r++) {
            for (int c = 0; c < m.tasks().size(); c++) {
                text.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(m.meanReward()[r][c])))
                        .append('/').append(m.episodes()[r][c]);
                if (m.hasSafetyPenalties()) {
                    text.append('/').append(Long.toHexString(Double.doubleToRawLongBits(m.meanSafetyPenalty()[r][c])));
                }
            }
        }
        return text.toString();
    }

    @Test
    void plainLinesAreReadWithoutTheGeneralPath() throws IOException {
        // The differential tests above would pass with a fast path that declined everything; this one would not.
        RunCells cells = new RunCells("x.csv", EpisodeRecords.Limits.DEFAULT);
        CsvPlainRecords plain = new CsvPlainRecords(4, 0, 1, 3, 2, CsvPlainRecords.NONE, 1024);
        byte[] line = "task-0,3,12,-0.503440".getBytes(StandardCharsets.UTF_8);
        assertTrue(plain.add(line, 0, line.length, 2, cells));
        byte[] quoted = "\"task-0\",3,12,-0.5".getBytes(StandardCharsets.UTF_8);
        assertEquals(false, plain.add(quoted, 0, quoted.length, 3, cells));
        // A line read in place from the middle of a block, as ByteLines hands it over: only its own bytes count.
        byte[] block = "9,9\ntask-1,3,13,0.25\n7,7,7".getBytes(StandardCharsets.UTF_8);
        assertTrue(plain.add(block, 4, "task-1,3,13,0.25".length(), 4, cells));
        RunMatrix m = cells.toMatrix(false);
        assertArrayEquals(new double[] {-0.503440, 0.25}, m.meanReward()[0]);
    }
}
