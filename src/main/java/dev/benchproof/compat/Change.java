package dev.benchproof.compat;

import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between two schemas and its effect per mode.
 *
 * @param type what changed, from the old schema's point of view
 * @param oldPointer JSON pointer of the change in the old schema ({@code file#/pointer} when it sits in
 *     another resource reached through a {@code $ref}); the pointer of the enclosing schema when the keyword is absent there
 * @param newPointer the same in the new schema
 * @param member the property, pattern or definition concerned, or null
 * @param oldValue the old keyword value as compact JSON, or null when absent or not applicable
 * @param newValue the new keyword value as compact JSON, or null
 * @param breaksBackward true when some instance valid under the old schema may be invalid under the new one
 * @param breaksForward true when some instance valid under the new schema may be invalid under the old one
 */
public record Change(ChangeType type, String oldPointer, String newPointer, String member, String oldValue,
        String newValue, boolean breaksBackward, boolean breaksForward) {

    /** Report order: by pointer, then type, then member; every report is sorted the same way. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::oldPointer)
            .thenComparing(Change::newPointer)
            .thenComparing(c -> c.type().name())
            .thenComparing(c -> Objects.toString(c.member(), ""))
            .thenComparing(c -> Objects.toString(c.oldValue(), ""))
            .thenComparing(c -> Objects.toString(c.newValue(), ""));

    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(oldPointer, "oldPointer");
        Objects.requireNonNull(newPointer, "newPointer");
    }

    /** True when this change keeps the schemas compatible in {@code mode}. */
    public boolean compatibleIn(CompatibilityMode mode) {
        return switch (mode) {
            case BACKWARD -> !breaksBackward;
            case FORWARD -> !breaksForward;
            case FULL -> !breaksBackward && !breaksForward;
        };
    }
}
