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
        if (isVersionRequest(args)) {
            // Same text as picocli's --version, without loading picocli's model of every command
            // (about 400 classes): the answer scripts ask for most often should come back fastest.
            printVersion(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
            System.exit(ExitCodes.OK);
        }
        StartupWarmUp warmUp = StartupWarmUp.start(args);
        CommandLine commandLine = BenchproofCommand.commandLineFor(args);
        // UTF-8 whatever the platform default; JDK 17 would otherwise follow the locale.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        warmUp.awaitDone();
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(status);
    }

    static void printVersion(PrintWriter out) {
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
    }

    /** Exactly {@code --version} or {@code -V} and nothing else; anything more goes through picocli. */
    static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }
}
