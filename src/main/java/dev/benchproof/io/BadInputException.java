package dev.benchproof.io;

/**
 * Input the user must fix: a missing file, malformed JSON, a broken rule of the input contract.
 *
 * <p>The message is one line meant for the terminal, naming the file, the position
 * ({@code line:column}, an index or a field) and the rule, e.g.
 * {@code bad.json:3:14: duplicate key "alpha"}. The CLI prints it as is and exits with status 2,
 * so it must never carry a stack trace, a library class name or a multi-line excerpt.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
