package dev.benchproof.io;

import dev.benchproof.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON reader of every command: RFC 8259 and nothing more, within fixed size limits.
 *
 * <p>Rejects NaN/Infinity, comments, trailing commas, leading zeros, single quotes, unquoted names,
 * duplicate keys, content after the root value, empty documents, malformed UTF-8 (see
 * {@link Utf8CheckingInputStream}), numbers that overflow to an infinite double and integers beyond
 * 64 bits. Every failure is a {@link BadInputException} like {@code bad.json:3:14: duplicate key "alpha"}.
 *
 * <p>Immutable and thread-safe: configure once ({@link #DEFAULT}, {@link #withLimits}) and share.
 */
public final class StrictJsonReader {

    /**
     * Size limits, enforced while parsing so a hostile file cannot exhaust memory or the stack.
     *
     * @param maxDocumentBytes longest document, in bytes (characters for in-memory text)
     * @param maxNestingDepth deepest nesting of arrays and objects
     * @param maxStringLength longest string value, in characters
     * @param maxNumberLength longest number token, in characters
     * @param maxSamples most values {@link SampleStreams} accepts in one array
     */
    public record Limits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxSamples) {

        /**
         * 256 MiB documents, depth 64, 1 MiB strings, 1000-character numbers, 12 million samples: a
         * 256 MiB sample file holds about that many values, and two such arms fit in a 1 GiB heap.
         */
        public static final Limits DEFAULT = new Limits(256L << 20, 64, 1 << 20, 1000, 12_000_000);

        public Limits {
            if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxSamples < 2) {
                throw new IllegalArgumentException("limits must be positive (maxSamples at least 2)");
            }
        }
    }

    public static final StrictJsonReader DEFAULT = new StrictJsonReader(Limits.DEFAULT);

    private final Limits limits;
    private final JsonMapper mapper;

    private StrictJsonReader(Limits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Off by default in Jackson 3; stated so a changed default cannot loosen the contract.
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_MISSING_VALUES,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    /** A reader with other limits; this one is unchanged. */
    public StrictJsonReader withLimits(Limits newLimits) {
        return new StrictJsonReader(Objects.requireNonNull(newLimits, "limits"));
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Reads a whole file into a tree: floats as doubles, integers as int or long nodes.
     *
     * @throws BadInputException for a missing or unreadable file or any rule above
     */
    public JsonNode readTree(Path file) {
        return readTree(file, file.toString());
    }

    /** As {@link #readTree(Path)}, naming the file {@code sourceName} in messages (e.g. relative to a scanned folder). */
    public JsonNode readTree(Path file, String sourceName) {
        return parse(file, sourceName, TreeBuilder::build);
    }

    /** Reads in-memory text (tests, stdin); {@code sourceName} names it in messages. */
    public JsonNode readTree(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = mapper.createParser(json)) {
            return parseWith(parser, sourceName, TreeBuilder::build);
        }
    }

    /**
     * Binds a file to a Jackson-annotated class, failing on unknown properties.
     *
     * <p>The text goes through {@link #readTree(Path)} first, so every strictness rule applies
     * exactly as for trees; binding errors name the field by JSON Pointer instead of line:column
     * ({@code x.json: /results/0/extra: unknown property "extra"}).
     */
    public <T> T readValue(Path file, Class<T> type) {
        return bind(readTree(file), type, file.toString());
    }

    /**
     * Binds a tree this reader produced (and the caller perhaps validated) without parsing the file
     * again; {@code source} names it in messages.
     */
    public <T> T bind(JsonNode tree, Class<T> type, String source) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (DatabindException e) {
            throw new BadInputException(source + ": " + BindingErrors.describe(e), e);
        }
    }

    /** What one parse does with the parser once it stands before the first token. */
    @FunctionalInterface
    interface ParseBody<R> {
        R apply(JsonParser parser, String source);
    }

    /** Opens {@code file} through the UTF-8 check and runs {@code body}, translating every failure. */
    <R> R parse(Path file, ParseBody<R> body) {
        return parse(file, file.toString(), body);
    }

    private <R> R parse(Path file, String source, ParseBody<R> body) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(source + ": is a directory, not a file");
        }
        try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(file));
             JsonParser parser = mapper.createParser(in)) {
            return parseWith(parser, source, body);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(source + ": permission denied", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read file (" + e.getMessage() + ")", e);
        } catch (JacksonException e) {
            // Thrown while opening (the parser sniffs the first bytes): no parser to ask yet.
            throw JsonErrors.translate(source, e, null, limits);
        }
    }

    private <R> R parseWith(JsonParser parser, String source, ParseBody<R> body) {
        try {
            R result = body.apply(parser, source);
            requireEnd(parser, source);
            return result;
        } catch (JacksonException e) {
            throw JsonErrors.translate(source, e, parser, limits);
        }
    }

    /** RFC 8259 allows one value per text; anything after it, even garbage, is the same error. */
    private static void requireEnd(JsonParser parser, String source) {
        try {
            if (parser.nextToken() == null) {
                return;
            }
        } catch (JacksonException e) {
            if (!JsonErrors.isSyntaxError(e)) {
                throw e;
            }
            throw new BadInputException(JsonErrors.at(source, JsonErrors.location(e, parser), "trailing content after the root value"), e);
        }
        throw new BadInputException(JsonErrors.at(source, parser.currentTokenLocation(), "trailing content after the root value"));
    }
}
