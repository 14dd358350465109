package dev.benchproof.cli;

import dev.benchproof.output.CheckReport;
import dev.benchproof.output.CiFormat;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --format} of the gate commands (proof, manifest, and any later one such as compare): the usual
 * text lines, GitHub annotations before them (so the status line stays last), or a JUnit XML or SARIF
 * document instead of them.
 */
final class GateFormatOptions {

    enum GateFormat { text, github, junit, sarif }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text; github: workflow-command annotations, one per failed criterion, then the text;"
                    + " junit: JUnit XML, one testcase per criterion; sarif: SARIF 2.1.0 (default: ${DEFAULT-VALUE}).")
    GateFormat format = GateFormat.text;

    /** Prints the gate's outcome: {@code text} prints the command's own lines, the CI formats render {@code report}. */
    void print(PrintWriter out, Supplier<CheckReport> report, Runnable text) {
        switch (format) {
            case text -> text.run();
            case github -> {
                out.print(CiFormat.GITHUB.render(report.get()));
                text.run();
            }
            case junit -> out.print(CiFormat.JUNIT.render(report.get()));
            case sarif -> out.print(CiFormat.SARIF.render(report.get()));
        }
    }
}
