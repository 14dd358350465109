package dev.benchproof.io;

import dev.benchproof.BadInputException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleStreamsTest {

    @TempDir
    Path dir;

    @Test
    void readsIntegersAndFloatsInOrder() throws IOException {
        double[] samples = SampleStreams.readSamples(write("[1, -2.5, 3e2, 0.1, 12345678901234567890]"), "baseline");
        assertArrayEquals(new double[] {1, -2.5, 300, 0.1, 1.2345678901234567e19}, samples);
    }

    @Test
    void growsPastTheInitialCapacityAndTrimsToSize() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append(i).append(".5");
        }
        double[] samples = SampleStreams.readSamples(write(json.append(']').toString()), "candidate");
        assertEquals(5000, samples.length);
        assertEquals(4999.5, samples[4999]);
    }

    static Stream<Arguments> notFinite() {
        return Stream.of(
                Arguments.of("string", "[1, 2, 3, \"4\"]"),
                Arguments.of("null", "[1, 2, 3, null]"),
                Arguments.of("boolean", "[1, 2, 3, true]"),
                Arguments.of("object", "[1, 2, 3, {\"v\": 4}]"),
                Arguments.of("array", "[1, 2, 3, [4]]"),
                Arguments.of("overflow", "[1, 2, 3, -1e309]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFinite")
    void rejectsElementThatIsNotAFiniteNumber(String kind, String json) throws IOException {
        Path file = write(json);
        assertEquals(file + ": baseline sample at index 3 must be a finite number", message(file, "baseline"));
    }

    @Test
    void rejectsMagnitudesAboveTheBoundAndAcceptsTheBoundItself() throws IOException {
        Path big = write("[1, 2, -1.0000000001e100]");
        assertEquals(big + ": baseline sample at index 2 is out of range: its magnitude must be at most 1e100",
                message(big, "baseline"));
        Path edge = write("[1e100, -1e100]");
        assertEquals(2, SampleStreams.readSamples(edge, "baseline").length);
    }

    @Test
    void rejectsNonArrayRoot() throws IOException {
        Path file = write("{\"samples\": [1, 2]}");
        assertEquals(file + ": baseline samples must be a JSON array of numbers", message(file, "baseline"));
    }

    @Test
    void rejectsFewerThanTwo() throws IOException {
        Path one = write("[4.0]");
        assertEquals(one + ": candidate samples need at least two values, found 1", message(one, "candidate"));
        Path none = write("[]");
        assertEquals(none + ": candidate samples need at least two values, found 0", message(none, "candidate"));
    }

    @Test
    void rejectsMoreThanMaxSamples() throws IOException {
        StrictJsonReader reader = StrictJsonReader.DEFAULT.withLimits(new StrictJsonReader.Limits(1000, 8, 100, 100, 3));
        Path ok = write("[1, 2, 3]");
        assertEquals(3, SampleStreams.readSamples(ok, "baseline", reader).length);
        Path file = write("[1, 2, 3, 4]");
        assertEquals(file + ": baseline samples exceed the limit of 3 values",
                assertThrows(BadInputException.class, () -> SampleStreams.readSamples(file, "baseline", reader)).getMessage());
    }

    @Test
    void reportsSyntaxErrorsLikeTheReader() throws IOException {
        Path nan = write("[1,\n NaN]");
        assertEquals(nan + ":2:5: NaN is not allowed (JSON numbers must be finite)", message(nan, "baseline"));
        Path trailing = write("[1, 2] 3");
        assertEquals(trailing + ":1:8: trailing content after the root value", message(trailing, "baseline"));
        Path comma = write("[1, 2,]");
        assertEquals(comma + ":1:7: trailing comma is not allowed", message(comma, "baseline"));
        Path empty = write("");
        assertEquals(empty + ": empty document", message(empty, "baseline"));
    }

    @Test
    void reportsMissingFile() {
        Path file = dir.resolve("absent.json");
        assertEquals(file + ": file not found", message(file, "baseline"));
    }

    private static String message(Path file, String label) {
        return assertThrows(BadInputException.class, () -> SampleStreams.readSamples(file, label)).getMessage();
    }

    private int files;

    private Path write(String json) throws IOException {
        return Files.write(dir.resolve("s" + (files++) + ".json"), json.getBytes(StandardCharsets.UTF_8));
    }
}
