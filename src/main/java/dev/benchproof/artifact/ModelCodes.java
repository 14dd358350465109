package dev.benchproof.artifact;

import dev.benchproof.gate.ReasonCode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Reason codes in a generated model enum. Each artifact's schema lists the codes it may carry
 * ({@code defs.schema.json}); the generated {@code fromValue} throws {@link IllegalArgumentException} for
 * any other, which the command line reports as an internal error: a gate emitting a code its artifact's
 * schema does not know is a bug, never bad input.
 */
public final class ModelCodes {

    private ModelCodes() {
    }

    /** The codes as model enum values, order kept. */
    public static <E> Set<E> of(Collection<ReasonCode> codes, Function<String, E> fromValue) {
        Set<E> out = new LinkedHashSet<>();
        codes.forEach(code -> out.add(fromValue.apply(code.code())));
        return out;
    }
}
