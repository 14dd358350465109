package dev.benchproof.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code benchproof} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = BenchproofCommand.commandLine();
        // UTF-8 whatever the platform default; JDK 17 would otherwise follow the locale.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(status);
    }
}
