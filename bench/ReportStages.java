import dev.benchproof.io.SampleStreams;
import dev.benchproof.io.StrictJsonReader;
import dev.benchproof.model.v1.BenchmarkProof;
import dev.benchproof.model.v1.BenchmarkReport;
import dev.benchproof.model.v1.SafetyRegressionReport;
import dev.benchproof.report.HtmlReport;
import dev.benchproof.report.MarkdownReport;
import dev.benchproof.report.ProofBundle;
import dev.benchproof.report.ProofReport;
import dev.benchproof.report.ReportDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The report stage of `proof --report` timed in one JVM. First `proof` itself runs in-process (without
 * --report) into OUT_DIR, so the JVM has loaded what proof loads, as it has when proof reaches the
 * report; the bundle it wrote is read back, untimed (proof has it in memory). Then
 * ProofReport.document + MarkdownReport.render + HtmlReport.render are timed once cold (the report's
 * own classes and call sites not yet loaded or linked, as in a real run) and 50 times warm. The cold
 * call's thread CPU time is printed too: on a shared machine it excludes the time spent waiting for a core.
 *   java -cp target/benchproof.jar bench/ReportStages.java OUT_DIR BASELINE.json TRAINED.json
 */
public class ReportStages {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        var proof = dev.benchproof.cli.BenchproofCommand.commandLine();
        proof.setOut(new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()));
        proof.execute("proof", "--baseline-samples", args[1], "--trained-samples", args[2], "--run-id", "m24-example-pass",
                "--generated-at", "2026-02-15T23:15:00Z", "--output-dir", args[0]);
        StrictJsonReader reader = StrictJsonReader.DEFAULT;
        Path proofFile;
        try (var files = Files.list(dir)) {
            proofFile = files.filter(p -> p.getFileName().toString().startsWith("m24-benchmark-proof-")).findFirst().orElseThrow();
        }
        ProofBundle bundle = new ProofBundle(reader.readValue(proofFile, BenchmarkProof.class),
                Optional.of(reader.readValue(dir.resolve("m24-benchmark-significance.json"), BenchmarkReport.class)),
                Optional.of(reader.readValue(dir.resolve("m24-benchmark-safety-regression.json"), SafetyRegressionReport.class)),
                Optional.of(new ProofBundle.RewardSamples(SampleStreams.readSamples(Path.of(args[1]), "baseline"),
                        SampleStreams.readSamples(Path.of(args[2]), "trained"))));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int bytes = render(bundle);
        long cold = System.nanoTime() - t0;
        long coldCpu = threads.getCurrentThreadCpuTime() - c0;
        double[] warm = new double[50];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            render(bundle);
            warm[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(java.util.Locale.ROOT, "FIGURE report_stage: cold=%.1f ms (thread CPU %.1f ms) warm_median=%.2f ms (%d bytes of Markdown + HTML)%n",
                cold / 1e6, coldCpu / 1e6, warm[warm.length / 2], bytes);
    }

    private static int render(ProofBundle bundle) {
        ReportDocument document = ProofReport.document(bundle);
        return MarkdownReport.render(document).length() + HtmlReport.render(document).length();
    }
}
