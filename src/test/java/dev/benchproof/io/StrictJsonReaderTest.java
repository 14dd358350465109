package dev.benchproof.io;

import dev.benchproof.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import tools.jackson.databind.JsonNode;

class StrictJsonReaderTest {

    @TempDir
    Path dir;

    /** Each rejection rule: the document, then the message after "file:". */
    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("duplicate key", "{\"alpha\": 1,\n \"beta\": 2,\n  \"alpha\": 3}", "3:10: duplicate key \"alpha\""),
                Arguments.of("NaN", "[1, NaN]", "1:8: NaN is not allowed (JSON numbers must be finite)"),
                Arguments.of("Infinity", "{\"a\": Infinity}", "1:15: Infinity is not allowed (JSON numbers must be finite)"),
                Arguments.of("-Infinity", "[-Infinity]", "1:11: Infinity is not allowed (JSON numbers must be finite)"),
                Arguments.of("line comment", "[1, // two\n 2]", "1:5: comments are not allowed"),
                Arguments.of("block comment", "{\"a\": 1} /* c */", "1:10: trailing content after the root value"),
                Arguments.of("block comment inside", "{/* c */ \"a\": 1}", "1:2: comments are not allowed"),
                Arguments.of("trailing comma in array", "[1, 2,]", "1:7: trailing comma is not allowed"),
                Arguments.of("trailing comma in object", "{\"a\": 1,}", "1:9: trailing comma is not allowed"),
                Arguments.of("leading zero", "[007]", "1:3: leading zeros are not allowed"),
                Arguments.of("single quotes", "['x']", "1:2: single quotes are not allowed (strings use double quotes)"),
                Arguments.of("unquoted name", "{alpha: 1}", "1:2: property names must be double-quoted strings"),
                Arguments.of("trailing value", "[1] [2]", "1:5: trailing content after the root value"),
                Arguments.of("trailing garbage", "{}\nx", "2:1: trailing content after the root value"),
                Arguments.of("overflowing float", "{\"a\": [0.5, 1e400]}", "1:13: number 1e400 is out of range (JSON numbers must be finite doubles)"),
                Arguments.of("overflowing negative float", "-2e308", "1:1: number -2e308 is out of range (JSON numbers must be finite doubles)"),
                Arguments.of("integer beyond 64 bits", "[9223372036854775808]", "1:2: integer 9223372036854775808 is out of range (must fit in 64 bits)"),
                Arguments.of("plus sign", "[+1]", "1:3: invalid number: leading plus signs are not allowed"),
                Arguments.of("bare decimal point", "[1.]", "1:4: invalid number: decimal point not followed by a digit"),
                Arguments.of("unterminated array", "[1, 2", "1:6: unexpected end of input"),
                Arguments.of("raw control character", "[\"a\tb\"]", "1:4: control character U+0009 must be escaped in strings"),
                Arguments.of("bad escape", "[\"\\x\"]", "1:4: invalid escape sequence '\\x'"),
                Arguments.of("misspelt literal", "[tru]", "1:2: unrecognized token 'tru'"),
                Arguments.of("missing value", "{\"a\": }", "1:7: unexpected character '}'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsFileWithLocatedMessage(String rule, String json, String expected) throws IOException {
        Path file = write("bad.json", json.getBytes(StandardCharsets.UTF_8));
        BadInputException e = assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(file));
        assertEquals(file + ":" + expected, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsTextWithTheSameRule(String rule, String json, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(json, "<stdin>"));
        // Jackson's char parser may place the column one earlier than its byte parser ("[1.]").
        assertEquals(ruleOf("<stdin>:" + expected), ruleOf(e.getMessage()));
        assertTrue(e.getMessage().startsWith("<stdin>:" + expected.substring(0, 2)), e.getMessage());
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("truncated sequence", new byte[] {'[', '"', (byte) 0xC3, '"', ']'}, "1:4: invalid UTF-8 continuation byte 0x22"),
                Arguments.of("overlong NUL", new byte[] {'[', '"', (byte) 0xC0, (byte) 0x80, '"', ']'}, "1:3: invalid UTF-8 byte 0xc0"),
                Arguments.of("overlong 3-byte", new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0x80, '"'}, "1:3: invalid UTF-8 continuation byte 0x80"),
                Arguments.of("surrogate", new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, "1:3: invalid UTF-8 continuation byte 0xa0"),
                Arguments.of("above U+10FFFF", new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, "1:3: invalid UTF-8 continuation byte 0x90"),
                Arguments.of("Latin-1 on line 2", new byte[] {'[', '\n', '"', (byte) 0xE9, '"', ']'}, "2:3: invalid UTF-8 continuation byte 0x22"),
                Arguments.of("lone continuation", new byte[] {'"', (byte) 0x80, '"'}, "1:2: invalid UTF-8 byte 0x80"),
                Arguments.of("after long lines of ASCII, read eight bytes at a time",
                        "[\"aaaaaaaaaaaaaaaa\",\n\"bbbbbbbbbbbbbbbbbbbbbb\",\n  \"cccccccccccc\u00ff\"]".getBytes(StandardCharsets.ISO_8859_1),
                        "3:16: invalid UTF-8 byte 0xff"),
                Arguments.of("after several line feeds within one word of eight bytes",
                        "[1,\n2,\n3,\n4,\n\n\n5,\n  \"\u00ff\"]".getBytes(StandardCharsets.ISO_8859_1),
                        "8:4: invalid UTF-8 byte 0xff"),
                Arguments.of("right after a line feed that ends a word of eight bytes",
                        "[\"abc\",\n  \u00ff]".getBytes(StandardCharsets.ISO_8859_1), "2:3: invalid UTF-8 byte 0xff"),
                Arguments.of("NUL after a long run of ASCII", "[1,2,3,4,5,6,7,8,9,10\u0000]".getBytes(StandardCharsets.US_ASCII),
                        "1:22: NUL byte is not allowed (the file must be UTF-8, not UTF-16 or UTF-32)"),
                Arguments.of("after lines with and without multi-byte characters", new byte[] {'[', '\n', '"', (byte) 0xC3,
                    (byte) 0xA9, '"', ',', '\n', ' ', '"', (byte) 0xFF, '"', ']'}, "3:3: invalid UTF-8 byte 0xff"),
                Arguments.of("byte order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}, "1:1: a UTF-8 byte order mark is not allowed"),
                Arguments.of("UTF-16", "[1]".getBytes(StandardCharsets.UTF_16LE), "1:2: NUL byte is not allowed (the file must be UTF-8, not UTF-16 or UTF-32)"),
                Arguments.of("cut at end", new byte[] {'"', 'a', (byte) 0xE2, (byte) 0x82}, "1:5: truncated UTF-8 sequence at end of input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void rejectsMalformedUtf8(String rule, byte[] bytes, String expected) throws IOException {
        Path file = write("bad.json", bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(file));
        assertEquals(file + ":" + expected, e.getMessage());
    }

    @Test
    void acceptsEveryValidUtf8Length() throws IOException {
        String text = "[\"a\u00e9\u20ac\ud83d\ude00\"]"; // 1-, 2-, 3- and 4-byte forms
        JsonNode node = StrictJsonReader.DEFAULT.readTree(write("ok.json", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("a\u00e9\u20ac\ud83d\ude00", node.get(0).stringValue());
    }

    @Test
    void readsBackTheWritersSpellingOfALargeDoubleAsThatDouble() throws IOException {
        double mean = 34166085935071605000.0; // beyond 2^63, below 1e21: written without an exponent
        String text = CanonicalJsonWriter.toJson(java.util.List.of(mean)).strip();
        assertEquals("[34166085935071605000]", text.replaceAll("\\s", ""));
        JsonNode node = StrictJsonReader.DEFAULT.readTree(write("big.json", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(mean, node.get(0).doubleValue());
    }

    @Test
    void rejectsEmptyDocument() throws IOException {
        Path file = write("empty.json", "  \n ".getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": empty document",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(file)).getMessage());
    }

    @Test
    void reportsMissingFileByTheGivenPath() {
        Path file = Path.of("no-such-dir", "x.json");
        assertEquals("no-such-dir/x.json: file not found".replace('/', java.io.File.separatorChar),
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(file)).getMessage());
    }

    @Test
    void reportsDirectory() {
        assertEquals(dir + ": is a directory, not a file",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(dir)).getMessage());
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() throws IOException {
        Path file = write("deep.json", ("[".repeat(65) + "]".repeat(65)).getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": nesting depth exceeds 64",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(file)).getMessage());
        Path ok = write("ok.json", ("[".repeat(64) + "]".repeat(64)).getBytes(StandardCharsets.UTF_8));
        assertTrue(StrictJsonReader.DEFAULT.readTree(ok).isArray());
    }

    @Test
    void enforcesSizeLimitsFromWithLimits() throws IOException {
        StrictJsonReader small = StrictJsonReader.DEFAULT.withLimits(new StrictJsonReader.Limits(100, 4, 5, 6, 10));
        assertEquals("t: string longer than 5 characters",
                assertThrows(BadInputException.class, () -> small.readTree("[\"abcdef\"]", "t")).getMessage());
        assertEquals("t: number longer than 6 characters",
                assertThrows(BadInputException.class, () -> small.readTree("[1234567]", "t")).getMessage());
        Path big = write("big.json", ("[" + "1,".repeat(60) + "1]").getBytes(StandardCharsets.UTF_8));
        assertEquals(big + ": document exceeds the limit of 100 bytes",
                assertThrows(BadInputException.class, () -> small.readTree(big)).getMessage());
        assertEquals(64, StrictJsonReader.DEFAULT.limits().maxNestingDepth(), "DEFAULT is unchanged by withLimits");
    }

    @Test
    void readsNumbersAsIntLongAndDouble() {
        JsonNode node = StrictJsonReader.DEFAULT.readTree("[1, 9223372036854775807, 0.1, 1e300, -0.0, 2E-3]", "t");
        assertTrue(node.get(0).isInt());
        assertTrue(node.get(1).isLong());
        assertTrue(node.get(2).isDouble());
        assertEquals(0.1, node.get(2).doubleValue());
        assertEquals(1e300, node.get(3).doubleValue());
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(node.get(4).doubleValue()));
        assertEquals(0.002, node.get(5).doubleValue());
    }

    @Test
    void keepsMemberOrderAndNesting() {
        JsonNode node = StrictJsonReader.DEFAULT.readTree("{\"z\": {\"b\": [true, null, \"s\"]}, \"a\": []}", "t");
        assertEquals("[z, a]", node.propertyNames().toString());
        assertEquals("[true,null,\"s\"]", node.get("z").get("b").toString());
        assertTrue(node.get("a").isEmpty());
    }

    @Test
    void readsScalarRoot() {
        assertEquals("x", StrictJsonReader.DEFAULT.readTree(" \"x\" \n", "t").stringValue());
    }

    public static final class Point {
        public long x;
        public double y;
    }

    @Test
    void bindsPojoAndRejectsUnknownProperty() throws IOException {
        Point p = StrictJsonReader.DEFAULT.readValue(write("p.json", "{\"x\": 3, \"y\": 0.5}".getBytes(StandardCharsets.UTF_8)), Point.class);
        assertEquals(3, p.x);
        assertEquals(0.5, p.y);
        Path file = write("q.json", "{\"x\": 3, \"extra\": 1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": /extra: unknown property \"extra\"",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readValue(file, Point.class)).getMessage());
    }

    @Test
    void bindingAppliesTheSameSyntaxRules() throws IOException {
        Path file = write("r.json", "{\"x\": 3, \"y\": 1e999}".getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ":1:15: number 1e999 is out of range (JSON numbers must be finite doubles)",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readValue(file, Point.class)).getMessage());
    }

    @Test
    void bindingReportsTypeMismatchByPointer() throws IOException {
        Path file = write("s.json", "{\"x\": \"three\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": /x: value does not fit the expected type integer",
                assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readValue(file, Point.class)).getMessage());
    }

    @Test
    void messagesAreOneLineWithoutJacksonNames() {
        rejected().forEach(args -> {
            String json = (String) args.get()[1];
            String message = assertThrows(BadInputException.class, () -> StrictJsonReader.DEFAULT.readTree(json, "t")).getMessage();
            assertTrue(!message.contains("\n") && !message.contains("Jackson") && !message.contains("`"), message);
        });
    }

    /** The message after "source:line:col: ". */
    private static String ruleOf(String message) {
        return message.replaceFirst("^[^:]*:\\d+:\\d+: ", "");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
