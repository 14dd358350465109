package dev.benchproof.compat;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Sets of JSON instance types as bit masks. {@code number} is split into integers and the other
 * numbers, so that "integer within number" is plain set inclusion.
 */
final class JsonTypes {

    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int OBJECT = 4;
    static final int ARRAY = 8;
    static final int STRING = 16;
    static final int INTEGER = 32;
    static final int FRACTION = 64;
    static final int NUMBER = INTEGER | FRACTION;
    static final int ALL = 127;

    private JsonTypes() {
    }

    /** The mask of a {@code type} keyword value (a name or an array of names); unknown names add nothing. */
    static int ofKeyword(JsonNode type) {
        if (type.isString()) {
            return ofName(type.stringValue());
        }
        int mask = 0;
        if (type.isArray()) {
            for (JsonNode name : type) {
                mask |= name.isString() ? ofName(name.stringValue()) : 0;
            }
        }
        return mask;
    }

    static int ofName(String name) {
        return switch (name) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "string" -> STRING;
            case "integer" -> INTEGER;
            case "number" -> NUMBER;
            default -> 0;
        };
    }

    /** The type of one instance; a number with a zero fractional part is an integer (draft 2020-12). */
    static int ofValue(JsonNode value) {
        if (value.isNull()) {
            return NULL;
        } else if (value.isBoolean()) {
            return BOOLEAN;
        } else if (value.isObject()) {
            return OBJECT;
        } else if (value.isArray()) {
            return ARRAY;
        } else if (value.isString()) {
            return STRING;
        } else if (value.isNumber()) {
            return isInteger(Keywords.decimal(value)) ? INTEGER : FRACTION;
        }
        return 0;
    }

    static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static boolean has(int mask, int type) {
        return (mask & type) != 0;
    }
}
