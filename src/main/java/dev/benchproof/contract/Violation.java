package dev.benchproof.contract;

/**
 * One broken rule of an instance, schema or cross-field alike, in the shape of a JSON Schema
 * "basic" output unit.
 *
 * @param instanceLocation JSON pointer into the instance ("" is the root)
 * @param keywordLocation  where the rule lives: a JSON pointer into the schema's evaluation path, or
 *                         {@code benchproof:<rule>} for a cross-field rule
 * @param message          English text of the rule that was broken
 */
public record Violation(String instanceLocation, String keywordLocation, String message) {

    public static final String CROSS_FIELD_PREFIX = "benchproof:";

    public static Violation crossField(String instanceLocation, String rule, String message) {
        return new Violation(instanceLocation, CROSS_FIELD_PREFIX + rule, message);
    }

    /** The text form {@code <pointer>: <message>}, the root shown as {@code (root)}. */
    public String render() {
        return (instanceLocation.isEmpty() ? "(root)" : instanceLocation) + ": " + message;
    }
}
