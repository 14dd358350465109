package dev.benchproof.gate;

import dev.benchproof.BadInputException;

/** A threshold or gate input out of its range: bad input about one parameter, never a crash. */
public class GateException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public GateException(String parameter, String rule, Object... arguments) {
        super(parameter, rule, arguments);
    }
}
