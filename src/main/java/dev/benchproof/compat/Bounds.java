package dev.benchproof.compat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The comparison of one bound keyword (minLength, maxItems, minimum...) shared by the rule families. */
final class Bounds {

    private final InclusionProver prover;

    Bounds(InclusionProver prover) {
        this.prover = prover;
    }

    /**
     * Checks that a's effective bound implies b's count {@code keyword} (minLength, maxItems, minProperties...).
     * {@code aBound} is a's bound after
     * everything that implies it (null: unbounded); a lower bound holds when it is at least b's, an
     * upper one when it is at most b's.
     */
    void check(Located a, Located b, String keyword, boolean lower, BigDecimal aBound, List<Finding> out) {
        BigDecimal bBound = Keywords.number(b, keyword);
        if (bBound == null) {
            return;
        }
        if (aBound != null && (lower ? aBound.compareTo(bBound) >= 0 : aBound.compareTo(bBound) <= 0)) {
            return;
        }
        if (aBound == null && lower && bBound.signum() <= 0) {
            return; // a count bound of zero or less holds for every instance
        }
        String prefix = snake(keyword);
        boolean aHas = a.has(keyword);
        ChangeType narrowing = ChangeType.valueOf(prefix + (!aHas ? "_ADDED" : lower ? "_INCREASED" : "_DECREASED"));
        ChangeType widening = ChangeType.valueOf(prefix + (!aHas ? "_REMOVED" : lower ? "_DECREASED" : "_INCREASED"));
        out.add(prover.finding(narrowing, widening, a, InclusionProver.at(a, keyword), b, "/" + keyword, null,
                Keywords.text(a.get(keyword)), Keywords.text(b.get(keyword))));
    }

    /** {@code minLength} gives {@code MIN_LENGTH}. */
    static String snake(String keyword) {
        return keyword.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static BigDecimal min(BigDecimal x, BigDecimal y) {
        return x == null ? y : y == null ? x : x.min(y);
    }

    static BigDecimal max(BigDecimal x, BigDecimal y) {
        return x == null ? y : y == null ? x : x.max(y);
    }
}
