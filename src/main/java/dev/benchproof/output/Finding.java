package dev.benchproof.output;

/**
 * One broken rule, located in a file by a JSON pointer.
 *
 * @param pointer JSON pointer into the file ("" is the root)
 * @param rule    short rule id: the schema keyword ({@code minimum}), the cross-field rule or the reason code
 * @param message English text, one line
 * @param kind    a rule that does not hold, or input that could not be checked at all
 */
public record Finding(String pointer, String rule, String message, Kind kind) {

    public enum Kind { VIOLATION, INPUT_ERROR }

    public static Finding violation(String pointer, String rule, String message) {
        return new Finding(pointer, rule, message, Kind.VIOLATION);
    }

    /** The pointer as people read it: the root is {@code (root)}. */
    public String displayPointer() {
        return pointer.isEmpty() ? "(root)" : pointer;
    }
}
