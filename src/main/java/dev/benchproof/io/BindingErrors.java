package dev.benchproof.io;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Describes a failure to bind a (syntactically valid) tree to a model class as
 * {@code <json-pointer>: <rule>}, without Jackson's class names or source excerpts.
 */
final class BindingErrors {

    private BindingErrors() {
    }

    static String describe(DatabindException e) {
        String pointer = pointer(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return pointer + ": unknown property \"" + JsonErrors.echo(u.getPropertyName()) + "\"";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return pointer + ": value does not fit the expected type " + describeType(m.getTargetType());
        }
        return pointer + ": value does not fit the expected structure";
    }

    /** RFC 6901 pointer of the failing value; the root is shown as {@code /} so it is visible. */
    static String pointer(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            b.append('/');
            if (ref.getPropertyName() != null) {
                b.append(JsonErrors.echo(ref.getPropertyName()).replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                b.append(ref.getIndex());
            }
        }
        return b.length() == 0 ? "/" : b.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "integer";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object (" + type.getSimpleName() + ")";
    }
}
