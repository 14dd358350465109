package dev.benchproof.io;

import dev.benchproof.BadInputException;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a tree from a strict parser, checking each number where it stands.
 *
 * <p>Why not {@code ObjectMapper.readTree}: it turns {@code 1e400} into an infinite double node and
 * big integers into {@code BigIntegerNode} without complaint, and checking the finished tree would
 * lose the line and column. Iterative, so depth is bounded by the parser's limit, not the stack.
 */
final class TreeBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeBuilder() {
    }

    /** Reads exactly one value from the parser, which stands before its first token. */
    static JsonNode build(JsonParser parser, String source) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new BadInputException(source + ": empty document");
        }
        Deque<JsonNode> open = new ArrayDeque<>();
        String name = null;
        for (; token != null; token = parser.nextToken()) {
            JsonNode value;
            switch (token) {
                case PROPERTY_NAME -> {
                    name = parser.currentName();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonNode done = open.pop();
                    if (open.isEmpty()) {
                        return done;
                    }
                    continue;
                }
                case START_OBJECT -> value = NODES.objectNode();
                case START_ARRAY -> value = NODES.arrayNode();
                case VALUE_STRING -> value = NODES.stringNode(parser.getString());
                case VALUE_NUMBER_INT -> value = integer(parser, source);
                case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(finiteDouble(parser, source));
                case VALUE_TRUE -> value = NODES.booleanNode(true);
                case VALUE_FALSE -> value = NODES.booleanNode(false);
                case VALUE_NULL -> value = NODES.nullNode();
                default -> throw new IllegalStateException("unexpected token " + token);
            }
            JsonNode parent = open.peek();
            if (parent instanceof ObjectNode object) {
                object.set(name, value);
            } else if (parent instanceof ArrayNode array) {
                array.add(value);
            }
            if (value.isContainer()) {
                open.push(value);
            } else if (parent == null) {
                return value;
            }
        }
        throw new IllegalStateException("parser ended inside a container without an error");
    }

    private static JsonNode integer(JsonParser parser, String source) {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> {
                if (writtenDouble(parser.getString())) {
                    yield NODES.numberNode(Double.parseDouble(parser.getString()));
                }
                throw new BadInputException(JsonErrors.at(source, parser.currentTokenLocation(),
                    "integer " + JsonErrors.echo(parser.getString()) + " is out of range (must fit in 64 bits)"));
            }
        };
    }

    /**
     * Whether a big integer literal is exactly how {@link CanonicalJsonWriter} spells a double from 2^63 to
     * 1e21 (ECMAScript writes those without an exponent): a mean reward of 3.4e19 must read back as the
     * number it is, while a literal such as 9223372036854775808 still fails as an integer out of range.
     */
    private static boolean writtenDouble(String literal) {
        double d = Double.parseDouble(literal);
        return Double.isFinite(d) && EcmaScriptNumbers.format(d).equals(literal);
    }

    /** A float token as a double, rejecting values such as 1e400 that overflow to infinity. */
    static double finiteDouble(JsonParser parser, String source) {
        double d = parser.getDoubleValue();
        if (!Double.isFinite(d)) {
            throw new BadInputException(JsonErrors.at(source, parser.currentTokenLocation(),
                    "number " + JsonErrors.echo(parser.getString()) + " is out of range (JSON numbers must be finite doubles)"));
        }
        return d;
    }
}
