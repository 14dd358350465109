package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CanonicalJsonWriterTest {

    /** Declared out of order on purpose: the annotation, not the fields or the alphabet, decides. */
    @JsonPropertyOrder({"zeta", "alpha", "metrics", "tags", "empty", "nothing", "absent"})
    public static final class Report {
        @JsonProperty("alpha") public String alpha = "a\"b\\c/\u00e9";
        @JsonProperty("tags") public List<String> tags = List.of("x", "y");
        @JsonProperty("zeta") public long zeta = 12345678901234L;
        @JsonProperty("metrics") public Map<String, Object> metrics = metrics();
        @JsonProperty("empty") public List<Object> empty = new ArrayList<>();
        @JsonProperty("nothing") public Object nothing;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonProperty("absent") public Object absent;

        private static Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mean", 0.1 + 0.2);
            m.put("n", 1e21);
            m.put("tiny", 1e-7);
            m.put("whole", 2.0);
            m.put("neg0", -0.0);
            m.put("nested", Map.of());
            m.put("ok", true);
            return m;
        }
    }

    private static final String REPORT_JSON = """
            {
              "zeta": 12345678901234,
              "alpha": "a\\"b\\\\c/\u00e9",
              "metrics": {
                "mean": 0.30000000000000004,
                "n": 1e+21,
                "tiny": 1e-7,
                "whole": 2,
                "neg0": 0,
                "nested": {},
                "ok": true
              },
              "tags": [
                "x",
                "y"
              ],
              "empty": [],
              "nothing": null
            }
            """;

    @Test
    void printsPojoInAnnotatedOrderWithFixedLayout() {
        assertEquals(REPORT_JSON, CanonicalJsonWriter.toJson(new Report()));
    }

    @Test
    void bytesAreUtf8OfTheText() {
        assertArrayEquals(REPORT_JSON.getBytes(StandardCharsets.UTF_8), CanonicalJsonWriter.toBytes(new Report()));
    }

    @Test
    void printsTreesAsTheyAreOrdered() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("b", 1).put("a", new BigInteger("123456789012345678901234567890"));
        root.putArray("list").add(1.5).addObject().put("k", "v");
        assertEquals("{\n  \"b\": 1,\n  \"a\": 123456789012345678901234567890,\n  \"list\": [\n    1.5,\n    {\n      \"k\": \"v\"\n    }\n  ]\n}\n",
                CanonicalJsonWriter.toJson(root));
    }

    @Test
    void printsScalarsAndEmptyContainersAtTheRoot() {
        assertEquals("{}\n", CanonicalJsonWriter.toJson(Map.of()));
        assertEquals("[]\n", CanonicalJsonWriter.toJson(List.of()));
        assertEquals("\"s\"\n", CanonicalJsonWriter.toJson("s"));
        assertEquals("null\n", CanonicalJsonWriter.toJson(null));
    }

    @Test
    void escapesOnlyQuoteBackslashAndControls() {
        String all = "\"\\\b\f\n\r\t\u0000\u001f\u007f/<>&\u00e9\u2028\ud83d\ude00";
        assertEquals("[\n  \"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u007f/<>&\u00e9\u2028\ud83d\ude00\"\n]\n",
                CanonicalJsonWriter.toJson(List.of(all)));
    }

    @Test
    void escapesPropertyNamesLikeValues() {
        assertEquals("{\n  \"a\\nb\": 1\n}\n", CanonicalJsonWriter.toJson(Map.of("a\nb", 1)));
    }

    @Test
    void rejectsLoneSurrogate() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJsonWriter.toJson(List.of("x\ud800y")));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJsonWriter.toJson(List.of("\udc00")));
    }

    @Test
    void rejectsNonFiniteNumbers() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJsonWriter.toJson(List.of(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJsonWriter.toJson(Map.of("x", Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJsonWriter.formatNumber(Double.NEGATIVE_INFINITY));
    }

    /** Expected values are Node's String(x) (node 20). */
    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "1.0 1", "-1.5 -1.5", "0.00001 0.00001", "0.000001 0.000001", "1e-7 1e-7", "1.5e-7 1.5e-7",
        "1e21 1e+21", "1e20 100000000000000000000", "123e20 1.23e+22", "-0.0 0", "1e23 1e+23",
        "2.82879384806159E17 282879384806159000", "4.9e-324 5e-324", "1.7976931348623157e308 1.7976931348623157e+308",
        "9007199254740993 9007199254740992", "0.1 0.1", "100 100", "1234.5678 1234.5678"})
    void formatsNumbersAsEcmaScript(double x, String expected) {
        assertEquals(expected, CanonicalJsonWriter.formatNumber(x));
    }

    @Test
    void outputIgnoresDefaultLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("tr", "TR")); // dotless i, comma decimal separator
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            assertEquals(REPORT_JSON, CanonicalJsonWriter.toJson(new Report()));
            assertEquals("1.5e-7", CanonicalJsonWriter.formatNumber(1.5e-7));
            assertEquals("[\n  \"\\u001f\"\n]\n", CanonicalJsonWriter.toJson(List.of("\u001f")));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void readerReadsBackWhatWriterWrote() {
        String json = CanonicalJsonWriter.toJson(new Report());
        assertEquals(json, CanonicalJsonWriter.toJson(StrictJsonReader.DEFAULT.readTree(json, "t")));
    }
}
