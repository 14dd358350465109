package dev.benchproof.compat;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a property name matches a patternProperties regular expression. Java's engine stands in for
 * ECMA-262 only where they agree: names of printable ASCII (no line terminators, so {@code $} and
 * {@code .} behave alike) and patterns without the constructs whose meaning differs. Anything else is
 * "unknown" and the caller must not rely on it.
 */
final class Regexes {

    private static final Pattern DIVERGENT = Pattern.compile("\\\\[pPhHvVRXzZAGQE]|\\(\\?[<=!]{0,2}[a-zA-Z]|\\[\\[|&&|\\\\[0-9]");

    private Regexes() {
    }

    static Optional<Boolean> matches(String pattern, String name) {
        if (!name.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || DIVERGENT.matcher(pattern).find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(pattern).matcher(name).find());
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
