package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteLinesTest {

    /**
     * Lines of every length from empty to several 64 KiB blocks, with and without a carriage return,
     * so that lines start and end at every place in a block, and some span two or more blocks.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void givesEveryLineWithoutItsLineEndWhereverItFallsInTheBlocks(boolean finalLineFeed) throws IOException {
        SplittableRandom random = new SplittableRandom(finalLineFeed ? 1 : 2);
        List<byte[]> expected = new ArrayList<>();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < 3_000; i++) {
            int length = i % 500 == 499 ? random.nextInt(70_000, 200_000) : random.nextInt(0, 120);
            byte[] line = new byte[length];
            for (int j = 0; j < length; j++) {
                line[j] = (byte) random.nextInt(11, 256); // any byte but a line feed (and \r, which ends a line only last)
                if (line[j] == '\r') {
                    line[j] = 'r';
                }
            }
            expected.add(line);
            file.writeBytes(line);
            boolean last = i == 2_999;
            if (!last || finalLineFeed) {
                file.writeBytes(random.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
        }
        ByteLines lines = new ByteLines(new ByteArrayInputStream(file.toByteArray()), "x.jsonl", 1 << 20);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.advance(), "line " + (i + 1));
            assertEquals(i + 1, lines.number());
            byte[] actual = Arrays.copyOfRange(lines.bytes(), lines.offset(), lines.offset() + lines.length());
            assertArrayEquals(expected.get(i), actual, "line " + (i + 1));
        }
        assertFalse(lines.advance());
    }

    @Test
    void namesTheLineThatIsTooLong() {
        byte[] file = ("ok\n" + "x".repeat(500) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteLines lines = new ByteLines(new ByteArrayInputStream(file), "runs.jsonl", 100);
        BadInputException e = assertThrows(BadInputException.class, () -> {
            while (lines.advance()) {
                lines.text();
            }
        });
        assertEquals("runs.jsonl:2: line longer than 100 characters", e.getMessage());
    }

    @Test
    void findsTheFirstLineFeedAmongAnyBytes() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] bytes = new byte[random.nextInt(0, 40)];
            for (int j = 0; j < bytes.length; j++) {
                // Mostly bytes that differ from a line feed by one bit, or are its neighbours, or 0x8A.
                int[] tricky = {'\n', '\n' ^ 0x80, '\n' - 1, '\n' + 1, 0, 0xFF, 0x0B, 'a'};
                bytes[j] = (byte) tricky[random.nextInt(tricky.length)];
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(0, bytes.length);
            int to = random.nextInt(from, bytes.length + 1);
            int naive = from;
            while (naive < to && bytes[naive] != '\n') {
                naive++;
            }
            assertEquals(naive, ByteWords.indexOfLineFeed(bytes, from, to), () -> Arrays.toString(bytes));
        }
    }
}
