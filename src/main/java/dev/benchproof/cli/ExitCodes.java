package dev.benchproof.cli;

/** Exit statuses of every benchproof command. */
public final class ExitCodes {

    /** The gate passed, or every file is valid. */
    public static final int OK = 0;
    /** A gate failed or a file is invalid; every artifact was still written and is schema-valid. */
    public static final int GATE_FAILED = 1;
    /** Bad usage or bad input; one line on stderr names the file, field and rule; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** A bug in benchproof (EX_SOFTWARE); nothing was written. */
    public static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
