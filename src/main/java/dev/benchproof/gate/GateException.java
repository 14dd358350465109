package dev.benchproof.gate;

/** A threshold or gate input out of its range: bad input, never a crash. */
public class GateException extends IllegalArgumentException {
    public GateException(String message) {
        super(message);
    }
}
