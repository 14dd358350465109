package dev.benchproof;

import dev.benchproof.stats.DecimalText;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Input the user must fix: a missing or malformed file, a broken rule of the input contract, an option
 * out of its range. Every package raises this one type for bad input; anything else that escapes a
 * computation is a bug.
 *
 * <p>It carries data, rendered at the edge: the {@linkplain #parameter() parameter} it is about (a
 * domain name such as {@code max_p_value}, or {@code null} when the rule already names its file and
 * position), the {@linkplain #rule() rule} as a {@link String#format} pattern and its
 * {@linkplain #arguments() arguments}. The command line renders the parameter as its option
 * ({@code --max-p-value}); the embeddable API keeps the domain name. The message is always one line
 * meant for a terminal, never a stack trace or a library class name, e.g.
 * {@code bad.json:3:14: duplicate key "alpha"} or {@code --alpha must be in (0, 1), found 1.5}.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String rule;
    private final transient List<Object> arguments;

    /**
     * A broken rule about one parameter.
     *
     * @param parameter domain name of the parameter, snake_case (e.g. {@code alpha}), or {@code null}
     * @param rule      a constant {@link String#format} pattern, e.g. {@code "must be in (0, 1), found %s"}
     * @param arguments values for the pattern; doubles are shown with the fewest digits that read back
     */
    public BadInputException(String parameter, String rule, Object... arguments) {
        super(render(parameter, rule, List.of(arguments), UnaryOperator.identity()));
        this.parameter = parameter;
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    /** A rule already rendered with its location, e.g. {@code samples.json:1:7: expected a number}. */
    public BadInputException(String message) {
        this(null, "%s", message);
    }

    /** As {@link #BadInputException(String)}, keeping the I/O failure that caused it for debugging. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
        this.parameter = null;
        this.rule = "%s";
        this.arguments = List.of(message);
    }

    /** The domain name of the parameter the rule is about, or {@code null}. */
    public String parameter() {
        return parameter;
    }

    /** The rule as a {@link String#format} pattern. */
    public String rule() {
        return rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** A reference to another parameter inside a rule's arguments, rendered like the subject. */
    public record Parameter(String name) {
    }

    /** The one-line message, the parameter named by {@code parameterName} (e.g. its command-line option). */
    public String render(UnaryOperator<String> parameterName) {
        return render(parameter == null ? null : parameterName.apply(parameter), rule, arguments, parameterName);
    }

    private static String render(String subject, String rule, List<Object> arguments,
                                 UnaryOperator<String> parameterName) {
        Object[] shown = arguments.stream()
                .map(a -> a instanceof Parameter p ? parameterName.apply(p.name())
                        // Double.toString's digits differ between JDK 17 and 19+; messages must not.
                        : a instanceof Double d ? DecimalText.shortest(d) : a)
                .toArray();
        String text = String.format(Locale.ROOT, rule, shown);
        return subject == null ? text : subject + " " + text;
    }
}
