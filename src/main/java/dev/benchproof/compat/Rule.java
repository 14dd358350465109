package dev.benchproof.compat;

import java.util.List;

/**
 * One independent group of b's keywords (type, the numeric bounds, required, the content model...):
 * adds to {@code out} why a's own keywords do not imply them. Groups are independent, so each may be
 * implied by a different conjunct of a ($ref target, allOf member) and their conjunction still holds.
 */
@FunctionalInterface
interface Rule {
    void check(Located a, Located b, int context, List<Finding> out);
}
