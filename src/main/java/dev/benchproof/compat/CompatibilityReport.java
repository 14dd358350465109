package dev.benchproof.compat;

import java.util.List;

/** Every change between two schemas, sorted by {@link Change#ORDER}; empty when they accept the same instances as far as the checker can tell. */
public record CompatibilityReport(List<Change> changes) {

    public CompatibilityReport {
        changes = changes.stream().sorted(Change.ORDER).toList();
    }

    /** True when no change breaks {@code mode}; a change the checker cannot prove breaks every mode. */
    public boolean compatibleIn(CompatibilityMode mode) {
        return changes.stream().allMatch(c -> c.compatibleIn(mode));
    }

    /** The changes that break {@code mode}. */
    public List<Change> breaking(CompatibilityMode mode) {
        return changes.stream().filter(c -> !c.compatibleIn(mode)).toList();
    }
}
