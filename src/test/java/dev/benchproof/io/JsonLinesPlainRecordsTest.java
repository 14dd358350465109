package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * The JSON Lines fast path changes speed only: every file gives the same matrix, bit for bit, or
 * the same error message, read with it and without it.
 */
class JsonLinesPlainRecordsTest {

    @TempDir
    Path dir;

    @Test
    void plainFilesAreReadByTheFastPathAndOthersAreDeclined() throws IOException {
        Path plain = write("p.jsonl", "{\"task\":\"t\",\"seed\":1,\"reward\":0.5}\n{\"task\": \"t\", \"seed\": 2, \"reward\": -1e-3}\r\n");
        assertNotNull(JsonLinesPlainRecords.tryRead(plain, ExtraColumns.REJECT, EpisodeRecords.Limits.DEFAULT));
        Path escaped = write("e.jsonl", "{\"task\":\"t\",\"seed\":1,\"reward\":0.5}\n{\"task\":\"\\u0074\",\"seed\":2,\"reward\":1}\n");
        assertNull(JsonLinesPlainRecords.tryRead(escaped, ExtraColumns.REJECT, EpisodeRecords.Limits.DEFAULT));
        assertSameEitherWay(escaped, ExtraColumns.REJECT);
    }

    @Test
    void randomFilesOfPlainAndUnusualRecordsGiveTheSameMatrixEitherWay() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        // Plain names first (long ones are scanned eight bytes at a time), then names with escapes.
        String[] tasks = {"\"task-0\"", "\"a-longer-task-name-0\"", "\" padded \"", "\"t\u00e2che-tr\u00e8s-longue\"",
            "\"task-1\"", "\"t\u00e2che\"", "\"esc\\u0061ped\"", "\"tab\\there\"", "\"long-escaped-name\\u0041\""};
        String[] seeds = {"0", "1", "\"1\"", "\"run-2\"", "-0", "12345678901234567890"};
        String[] numbers = {"0.25", "-0.503440", "7", "-0", "-0.0", "1e-3", "2.5E2", "0.1", "123456789.123456789",
            "1E+2", "0.30000000000000004", "99999999999999999999", "5e-324"};
        String[] gaps = {"", " ", "\t", "  "};
        for (int file = 0; file < 60; file++) {
            boolean safety = random.nextBoolean();
            boolean extra = random.nextInt(4) == 0;
            boolean plain = file % 2 == 0; // half the files only plain records, so the fast path reads them
            int taskChoices = plain ? 4 : tasks.length;
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 150; line++) {
                String gap = gaps[random.nextInt(gaps.length)];
                StringBuilder record = new StringBuilder("{");
                String[] members = {
                    "\"task\":" + gap + tasks[random.nextInt(taskChoices)],
                    "\"seed\":" + gap + seeds[random.nextInt(seeds.length)],
                    "\"reward\":" + gap + numbers[random.nextInt(numbers.length)],
                    random.nextBoolean() ? "\"episode\":" + gap + random.nextInt(100) : null,
                    safety ? "\"safety_penalty\":" + gap + numbers[random.nextInt(numbers.length)] : null,
                    extra ? "\"note\":" + gap + (plain || random.nextBoolean() ? "\"x\"" : "[1, {\"a\": null}]") : null,
                };
                for (int i = members.length - 1; i > 0; i--) { // a random key order
                    int j = random.nextInt(i + 1);
                    String swap = members[i];
                    members[i] = members[j];
                    members[j] = swap;
                }
                for (String member : members) {
                    if (member != null) {
                        record.append(record.length() > 1 ? "," + gap : gap).append(member);
                    }
                }
                text.append(record).append(gap).append('}').append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            Path path = write("f" + file + ".jsonl", text.toString());
            if (plain) {
                assertNotNull(JsonLinesPlainRecords.tryRead(path, ExtraColumns.IGNORE, EpisodeRecords.Limits.DEFAULT), text.toString());
            }
            assertSameEitherWay(path, ExtraColumns.IGNORE);
            assertSameEitherWay(path, ExtraColumns.REJECT);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{\"task\":\"t\",\"seed\":1,\"reward\":\"1\"}\n", "{\"task\":\"t\",\"seed\":1.5,\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1} {\"task\":\"t\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"t\",\n\"seed\":1,\"reward\":1}\n", "[1,2]\n", "{\"task\":\"t\",\"task\":\"u\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1,\"safety_penalty\":0}\n{\"task\":\"t\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n{\"task\":\"t\",\"seed\":1,\"reward\":1,\"safety_penalty\":0}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n\n{\"task\":\"t\",\"seed\":1,\"reward\":1}\n", "",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n   \n", "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n{\"task\":\"t\",\"seed\":1,\"reward\":1}",
        "\uFEFF{\"task\":\"t\",\"seed\":1,\"reward\":1}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1,}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":01}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1e400}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1e101}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":NaN}\n",
        "{\"task\":\" \",\"seed\":1,\"reward\":1}\n", "{\"task\":\"t\",\"seed\":\"\",\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1,\"episode\":-1}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1,\"episode\":-0}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1,\"episode\":1.0}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1,\"note\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":1}\r{\"task\":\"t\",\"seed\":1,\"reward\":1}\n", "{\"task\":\"t\u0001\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":-}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1.}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":1}x\n",
        "{\"task\":\"t\" \"seed\":1,\"reward\":1}\n", "{}\n", "{\"task\":\"t\",\"seed\":true,\"reward\":1}\n",
        "{\"task\":\"t\",\"seed\":1,\"reward\":-0}\n", "{\"task\":\"t\",\"seed\":1,\"reward\":-0.0}\n",
        "{\"task\":\"a-long-name\u0009with-a-tab\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"a-long-name\u001fx\",\"seed\":1,\"reward\":1}\n", "{\"task\":\"a-long-name\\\"quoted\",\"seed\":1,\"reward\":1}\n",
        "{\"task\":\"a-long-name-without-its-end,\"seed\":1,\"reward\":1}\n",
    })
    void oddAndBadFilesGiveTheSameOutcomeEitherWay(String text) throws IOException {
        assertSameEitherWay(write("b.jsonl", text), ExtraColumns.REJECT);
    }

    @Test
    void limitsFailWithTheSameMessageEitherWay() throws IOException {
        Path path = write("l.jsonl", "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n{\"task\":\"t\",\"seed\":2,\"reward\":1}\n"
                + "{\"task\":\"u\",\"seed\":3,\"reward\":1}\n{\"task\":\"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu\",\"seed\":1,\"reward\":1}\n");
        for (EpisodeRecords.Limits limits : new EpisodeRecords.Limits[] {
            new EpisodeRecords.Limits(1 << 20, 1024, 100, 10, 2, 100), new EpisodeRecords.Limits(1 << 20, 1024, 2, 10, 10, 100),
            new EpisodeRecords.Limits(1 << 20, 1024, 100, 1, 10, 100), new EpisodeRecords.Limits(1 << 20, 40, 100, 10, 10, 100),
            new EpisodeRecords.Limits(100, 1024, 100, 10, 10, 100)}) {
            assertEquals(outcome(path, ExtraColumns.REJECT, limits, false), outcome(path, ExtraColumns.REJECT, limits, true),
                    limits.toString());
        }
    }

    @Test
    void malformedUtf8IsReportedByTheStrictParser() throws IOException {
        Path path = dir.resolve("u.jsonl");
        byte[] good = "{\"task\":\"t\",\"seed\":1,\"reward\":1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'a', 's', 'k', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(path, all);
        assertSameEitherWay(path, ExtraColumns.REJECT);
    }

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static void assertSameEitherWay(Path path, ExtraColumns extra) {
        assertEquals(outcome(path, extra, EpisodeRecords.Limits.DEFAULT, false),
                outcome(path, extra, EpisodeRecords.Limits.DEFAULT, true));
    }

    /** The matrix as exact text (raw bits of every double), or the error message. */
    private static String outcome(Path path, ExtraColumns extra, EpisodeRecords.Limits limits, boolean fastPath) {
        try {
            return CsvPlainRecordsTest.exactly(JsonLinesEpisodes.read(path, extra, limits, fastPath));
        } catch (BadInputException e) {
            return "error: " + e.getMessage();
        }
    }
}
