package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.bytes;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    private Path proofWithReport(String example, String runId) {
        Path out = tmp.resolve("proof");
        List<Object> args = proofArgs(example(example + "/baseline.json"), example(example + "/trained.json"), runId, out);
        args.add("--report");
        run(args);
        return out;
    }

    @Test
    void proofReportWritesBothFilesBesideTheProofAndNamesThemBeforeTheStatusLine() {
        Path out = tmp.resolve("out");
        List<Object> args = proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-pass", out);
        args.add("--report");
        CliRun result = run(args).expectCode(ExitCodes.OK);
        assertTrue(Files.isRegularFile(out.resolve("report.md")));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        List<String> lines = result.outLines();
        assertEquals("report=" + out.resolve("report.md") + " report_html=" + out.resolve("report.html"),
                lines.get(lines.size() - 2));
        assertTrue(result.lastLine().startsWith("proof_status=pass "), result.out());
    }

    @Test
    void withoutReportOptionProofWritesNoReport() {
        Path out = tmp.resolve("out");
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-pass", out)).expectCode(ExitCodes.OK);
        assertFalse(Files.exists(out.resolve("report.md")));
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void reportOfTheBundleWithItsSamplesEqualsTheReportWrittenAtGenerationTime() {
        Path bundle = proofWithReport("fail-reward", "m24-fail");
        Path again = tmp.resolve("again");
        run("report", bundle, "--output-dir", again, "--baseline-samples", example("fail-reward/baseline.json"),
                "--trained-samples", example("fail-reward/trained.json")).expectCode(ExitCodes.OK);
        assertArrayEquals(bytes(bundle.resolve("report.md")), bytes(again.resolve("report.md")));
        assertArrayEquals(bytes(bundle.resolve("report.html")), bytes(again.resolve("report.html")));
    }

    @Test
    void reportWithoutSamplesLeavesOutOnlyTheDistributionPlot() throws IOException {
        Path bundle = proofWithReport("pass", "m24-pass");
        Path again = tmp.resolve("again");
        CliRun result = run("report", bundle, "--output-dir", again).expectCode(ExitCodes.OK);
        assertEquals("report=" + again.resolve("report.md") + " report_html=" + again.resolve("report.html"),
                result.lastLine());
        assertArrayEquals(bytes(bundle.resolve("report.md")), bytes(again.resolve("report.md")));
        String html = Files.readString(again.resolve("report.html"));
        assertFalse(html.contains("Reward distributions"));
        assertTrue(html.contains("id=\"decision-title\""));
    }

    @Test
    void reportWritesIntoTheBundleDirectoryByDefaultWhateverTheVerdict() {
        Path bundle = proofWithReport("fail-reward", "m24-fail");
        Map<String, byte[]> before = snapshot(bundle);
        run("report", bundle, "--baseline-samples", example("fail-reward/baseline.json"), "--trained-samples",
                example("fail-reward/trained.json")).expectCode(ExitCodes.OK); // exit 0 although the proof failed
        CliRun.assertSameFiles(before, snapshot(bundle)); // rewritten in place, same bytes
    }

    @Test
    void summaryFileIsAppendedToNeverReplaced() throws IOException {
        Path bundle = proofWithReport("pass", "m24-pass");
        Path summary = CliRun.write(tmp.resolve("summary.md"), "# earlier step");
        run("report", bundle, "--output-dir", tmp.resolve("r"), "--summary-file", summary).expectCode(ExitCodes.OK);
        run("report", bundle, "--output-dir", tmp.resolve("r"), "--summary-file", summary).expectCode(ExitCodes.OK);
        String markdown = Files.readString(bundle.resolve("report.md"), StandardCharsets.UTF_8);
        assertEquals("# earlier step\n\n" + markdown + "\n" + markdown, Files.readString(summary, StandardCharsets.UTF_8));
    }

    @Test
    void proofSummaryFileImpliesTheReport() throws IOException {
        Path out = tmp.resolve("out");
        Path summary = tmp.resolve("step-summary.md");
        List<Object> args = proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-pass", out);
        args.addAll(List.of("--summary-file", summary));
        run(args).expectCode(ExitCodes.OK);
        assertArrayEquals(bytes(out.resolve("report.md")), bytes(summary));
    }

    @Test
    void directoryWithoutAProofIsBadInput() {
        Path empty = CliRun.write(tmp.resolve("empty/notes.txt"), "x").getParent();
        run("report", empty).expectBadInput(empty.toString(), "exactly one m24-benchmark-proof-<run_id>.json", "none");
        assertEquals(List.of("notes.txt"), List.copyOf(snapshot(empty).keySet()));
    }

    @Test
    void changedReportIsBadInputAndNothingIsWritten() throws IOException {
        Path bundle = proofWithReport("pass", "m24-pass");
        Files.delete(bundle.resolve("report.md"));
        Files.delete(bundle.resolve("report.html"));
        Path significance = bundle.resolve("m24-benchmark-significance.json");
        Files.writeString(significance, Files.readString(significance).replace("\"version\": \"v1\"", "\"version\": \"v2\""));
        Map<String, byte[]> before = snapshot(bundle);
        run("report", bundle).expectBadInput("/artifact_digests/significance_report", "has changed");
        CliRun.assertSameFiles(before, snapshot(bundle));
    }

    @Test
    void missingReferencedReportIsBadInput() throws IOException {
        Path bundle = proofWithReport("pass", "m24-pass");
        Files.delete(bundle.resolve("m24-benchmark-safety-regression.json"));
        run("report", bundle, "--output-dir", tmp.resolve("r")).expectBadInput("m24-benchmark-safety-regression.json", "missing");
        assertFalse(Files.exists(tmp.resolve("r")));
    }

    @Test
    void samplesOfAnotherRunAreBadInput() {
        Path bundle = proofWithReport("pass", "m24-pass");
        run("report", bundle, "--output-dir", tmp.resolve("r"), "--baseline-samples", example("fail-reward/baseline.json"),
                "--trained-samples", example("pass/trained.json"))
                .expectBadInput("--baseline-samples", "not the samples of this proof");
        assertFalse(Files.exists(tmp.resolve("r")));
    }

    @Test
    void oneSampleOptionWithoutTheOtherIsBadInput() {
        Path bundle = proofWithReport("pass", "m24-pass");
        run("report", bundle, "--baseline-samples", example("pass/baseline.json"))
                .expectBadInput("--baseline-samples and --trained-samples go together");
    }

    @Test
    void summaryFileThatIsADirectoryIsBadInput() {
        Path bundle = proofWithReport("pass", "m24-pass");
        run("report", bundle, "--output-dir", tmp.resolve("r"), "--summary-file", tmp)
                .expectBadInput("--summary-file", "is a directory");
        assertFalse(Files.exists(tmp.resolve("r")));
    }
}
