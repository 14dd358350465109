package dev.benchproof.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code benchproof} launcher. */
public final class Main {

    /** picocli's switch for the built-in converters it should not register (comma-separated regexes). */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * The built-in converters no option of ours needs. picocli registers each of them by reflection
     * when it builds a command line (a class lookup and a method lookup per type, about twenty types
     * and the java.sql module); skipping them made {@code validate} of one file 6% faster in 21 paired
     * rounds. Set here, in the process's entry point, so a program embedding the commands keeps
     * picocli's defaults. {@code StartupShortcutsTest} checks that no option has one of these types.
     */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

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
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
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
