package dev.benchproof.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchproof.model.v1.ComparisonDesign;
import dev.benchproof.model.v1.BootstrapInterval;
import dev.benchproof.model.v1.EvaluationArtifact;
import dev.benchproof.model.v1.PairedTests;
import dev.benchproof.model.v1.PolicyImprovement;
import dev.benchproof.model.v1.ReportSignificance;
import dev.benchproof.model.v1.SignificanceTests;
import dev.benchproof.model.v1.SummaryStatistics;
import dev.benchproof.model.v1.WelchTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of every artifact: the same value gives the same bytes on every machine and JDK.
 *
 * <p>Jackson only converts the value to a tree, so {@code @JsonPropertyOrder} and {@code @JsonInclude}
 * of the generated model classes decide members and their order. The text is printed here, because
 * Jackson's pretty printer uses the platform line separator and {@code " : "}, and its number text
 * follows {@code Double.toString}, which differs between JDK 17 and later.
 *
 * <p>Layout: UTF-8, two-space indent, {@code "\n"} line ends, {@code ": "} after names, one member
 * per line, {@code {}} and {@code []} when empty, a final newline. Strings are escaped as RFC 8785
 * requires; doubles are printed as ECMAScript prints them ({@link #formatNumber}); integer nodes
 * are printed in full. Float and BigDecimal values (the model uses neither) are printed through
 * their nearest double, as RFC 8785 treats every number as an IEEE double.
 */
public final class CanonicalJsonWriter {

    // Locale and time zone pinned so nothing the mapper formats can follow the machine.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // on by default in Jackson 3
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultLocale(Locale.ROOT)
            .defaultTimeZone(TimeZone.getTimeZone("UTC"))
            // These classes have members the schema requires but allows to be null ("absent" sections);
            // the generated classes omit nulls, so here they are written out as explicit null.
            .addMixIn(EvaluationArtifact.class, WriteNulls.class)
            .addMixIn(SignificanceTests.class, WriteNulls.class)
            .addMixIn(ComparisonDesign.class, WriteNulls.class)
            // Interval ends are required but null where the interval is unbounded (one-sided, or an undefined test).
            .addMixIn(ReportSignificance.class, WriteNullIntervalEnds.class)
            .addMixIn(WelchTest.class, WriteNullIntervalEnds.class)
            .addMixIn(PairedTests.class, WriteNullIntervalEnds.class)
            .addMixIn(BootstrapInterval.class, WriteNullIntervalEnds.class)
            .addMixIn(PolicyImprovement.class, WriteNullIntervalEnds.class)
            .addMixIn(SummaryStatistics.class, WriteNullSummaryEnds.class)
            .build();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private abstract static class WriteNulls {
    }

    /** Field-level: only the two interval ends are written when null, the class's optional members are not. */
    private abstract static class WriteNullIntervalEnds {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private Double deltaCiLow;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private Double deltaCiHigh;
    }

    /** The same for a summary's interval of the mean, null only beyond the range of doubles. */
    private abstract static class WriteNullSummaryEnds {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private Double ciLow;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private Double ciHigh;
    }

    private static final String INDENT = "  ";

    private CanonicalJsonWriter() {
    }

    /**
     * The canonical text of {@code value}: a Jackson-annotated object, a {@link JsonNode}, a
     * {@link Map} or a {@link java.util.List}.
     *
     * @throws IllegalArgumentException for NaN, infinities, lone surrogates or binary/POJO nodes
     */
    public static String toJson(Object value) {
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        StringBuilder out = new StringBuilder(256);
        write(out, tree == null ? MAPPER.nullNode() : tree, 0);
        return out.append('\n').toString();
    }

    /** {@link #toJson} as UTF-8 bytes, ready for {@link AtomicFiles#write}. */
    public static byte[] toBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A finite double as ECMAScript's {@code String(x)} prints it: {@code 1}, {@code 0.1}, {@code 1e-7}, {@code 1e+21}. */
    public static String formatNumber(double d) {
        return EcmaScriptNumbers.format(d);
    }

    private static void write(StringBuilder out, JsonNode node, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(out, node, depth);
            case ARRAY -> writeArray(out, node, depth);
            case STRING -> writeString(out, node.stringValue());
            case NUMBER -> out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString() : formatNumber(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private static void writeObject(StringBuilder out, JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            out.append(INDENT.repeat(depth + 1));
            writeString(out, member.getKey());
            out.append(": ");
            write(out, member.getValue(), depth + 1);
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private static void writeArray(StringBuilder out, JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(",\n");
            }
            out.append(INDENT.repeat(depth + 1));
            write(out, node.get(i), depth + 1);
        }
        out.append('\n').append(INDENT.repeat(depth)).append(']');
    }

    /** RFC 8785 section 3.2.2.2: escape only {@code "}, {@code \} and controls; all else as is. */
    static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !isPairAt(s, i)) {
                        throw new IllegalArgumentException("string has a lone surrogate at index " + i + "; it has no UTF-8 form");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** True if index i holds a high surrogate followed by a low one, or a low one preceded by a high one. */
    private static boolean isPairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
