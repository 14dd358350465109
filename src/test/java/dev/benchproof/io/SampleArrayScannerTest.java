package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level fast path returns exactly Jackson's doubles (bit for bit) on every file it accepts,
 * and gives up on every file it must leave to Jackson, so errors keep their one source.
 */
class SampleArrayScannerTest {

    private static final StrictJsonReader.Limits LIMITS = StrictJsonReader.Limits.DEFAULT;

    @TempDir
    Path dir;

    @Test
    void agreesBitForBitWithJacksonOnTrickyNumbers() throws IOException {
        List<String> numbers = List.of("0", "-0", "0.0", "-0.0", "1", "-1", "0.1", "0.2", "0.3", "1e0", "1E+2",
                "1e-2", "-1.5e-3", "123456789012345678", "-123456789012345678", "9007199254740993",
                "9007199254740993.0", "0.30000000000000004", "2.2250738585072014e-308", "4.9e-324", "1e-400",
                "9.999999999999999e99", "0.12345678901234567890123e5", "1e100", "-1e100", "0.000001", "123.456e-7", "1e22", "1e23",
                "8.589973e9", "3.4028235e38", "1234567.8901234567", "0.1000000000000000055511151231257827",
                "100000000000000000000e-20", "7.0e-10", "0e500", "0.0e-500", "12345678901234567e-5");
        for (String number : numbers) {
            assertSame(write("[" + number + ", 1]"), number);
            assertSame(write("[" + number + ", 1" + PADDING + "]"), number + " with the short-decimal window full");
        }
    }

    /** Enough values after a number that the scanner's in-buffer fast path is the one that reads it. */
    private static final String PADDING = ", 2.5".repeat(20);

    @ParameterizedTest
    @ValueSource(strings = {"01", "1.", ".5", "+1", "1e", "-", "-.5", "1.2.3", "0x10", "12345678901234567890",
        "1e309", "2e100", "-1.0000000001e100", "\"2\"", "null", "NaN"})
    void leavesANumberItMustNotConvertToJacksonAnywhereInALongArray(String bad) throws IOException {
        String json = "[1, 2, 3, " + bad + PADDING + "]";
        assertNull(SampleArrayScanner.tryRead(write(json), LIMITS, dev.benchproof.InputBounds.MAX_MAGNITUDE), json);
    }

    @Test
    void agreesBitForBitWithJacksonOnRandomValuesInEveryNotation() throws IOException {
        SplittableRandom random = new SplittableRandom(12);
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-30, 30));
            String text = switch (i % 5) {
                case 0 -> Double.toString(value);
                case 1 -> String.format(Locale.ROOT, "%.6f", value);
                case 2 -> String.format(Locale.ROOT, "%.17g", value).replace("+", "");
                // up to 25 digits; integers of more than 18 digits are left to Jackson, so given a fraction here
                case 3 -> new BigDecimal(value).round(new java.math.MathContext(1 + random.nextInt(25))).toString()
                        .replaceAll("^(-?[0-9]{19,})$", "$1.5");
                default -> Long.toString(random.nextLong(-999_999_999_999_999_999L, 999_999_999_999_999_999L) >> random.nextInt(60));
            };
            json.append(i == 0 ? "" : random.nextBoolean() ? ",\t" : " ,\r\n ").append(text);
        }
        assertSame(write(json.append("\n]\n").toString()), "20,000 random values");
    }

    @Test
    void numbersLongerThanTheBufferAndSplitAcrossRefillsStayExact() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 40_000; i++) {
            json.append(i == 0 ? "" : ",").append("0.").append("1234567".repeat(1 + i % 3)).append(i);
        }
        assertSame(write(json.append(']').toString()), "values split across 64 KiB refills");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "[1]", "[1,]", "[,1]", "[1 2]", "[01, 2]", "[1., 2]", "[.5, 2]",
        "[+1, 2]", "[1e, 2]", "[-, 2]", "[1, 2] x", "[1, 2][", "{\"a\": 1}", "[1, \"2\"]", "[1, [2]]", "[1, null]",
        "[NaN, 1]", "[1, Infinity]", "[1, 1e309]", "[1, 2e100]", "[1, 12345678901234567890]", "\uFEFF[1, 2]",
        "[1, 2 /* c */]", "[1,\f2]", "[1, 2", "[1, 0x10]", "[1, 1.2.3]", "[1, -1.0000000001e100]", "[1, 2]\u00a0"})
    void leavesEverythingButAPlainArrayOfNumbersToJackson(String json) throws IOException {
        assertNull(SampleArrayScanner.tryRead(write(json), LIMITS, dev.benchproof.InputBounds.MAX_MAGNITUDE), json);
    }

    @Test
    void leavesFilesPastTheLimitsToJackson() throws IOException {
        Path file = write("[1, 2, 3]");
        assertNull(SampleArrayScanner.tryRead(file, new StrictJsonReader.Limits(1 << 20, 64, 1000, 1000, 2),
                dev.benchproof.InputBounds.MAX_MAGNITUDE), "more samples than allowed");
        assertNull(SampleArrayScanner.tryRead(file, new StrictJsonReader.Limits(5, 64, 1000, 1000, 100),
                dev.benchproof.InputBounds.MAX_MAGNITUDE), "longer document than allowed");
        assertNull(SampleArrayScanner.tryRead(write("[1, 2.25]"), new StrictJsonReader.Limits(1 << 20, 64, 1000, 3, 100),
                dev.benchproof.InputBounds.MAX_MAGNITUDE), "longer number than allowed");
        assertNull(SampleArrayScanner.tryRead(dir, LIMITS, dev.benchproof.InputBounds.MAX_MAGNITUDE), "a directory");
        assertNull(SampleArrayScanner.tryRead(dir.resolve("missing.json"), LIMITS, dev.benchproof.InputBounds.MAX_MAGNITUDE), "missing");
    }

    private void assertSame(Path file, String what) {
        double[] fast = SampleArrayScanner.tryRead(file, LIMITS, dev.benchproof.InputBounds.MAX_MAGNITUDE);
        assertNotNull(fast, what + ": the fast path gave up");
        double[] jackson = SampleStreams.readWithJackson(file, "baseline", StrictJsonReader.DEFAULT);
        assertEquals(jackson.length, fast.length, what);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < fast.length; i++) {
            if (Double.doubleToRawLongBits(fast[i]) != Double.doubleToRawLongBits(jackson[i])) {
                differences.add(i + ": " + fast[i] + " vs Jackson " + jackson[i]);
            }
        }
        assertEquals(List.of(), differences, what);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "samples", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
