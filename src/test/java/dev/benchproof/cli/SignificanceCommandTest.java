package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SignificanceCommandTest {

    @TempDir
    Path tmp;

    private CliRun significance(String example, Path report, Object... extra) {
        Object[] args = {"significance", "--baseline-samples", example(example + "/baseline.json"),
            "--trained-samples", example(example + "/trained.json"), "--run-id", "m24-sig",
            "--generated-at", CliRun.GENERATED_AT, "--output-report", report};
        Object[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return run(all);
    }

    @Test
    void significantExitsZero() {
        Path report = tmp.resolve("sig.json");
        CliRun result = significance("pass", report).expectCode(ExitCodes.OK);

        assertTrue(result.lastLine().matches("significance_status=pass p_value=\\S+ delta_ci_low=\\S+ output=\\S+"),
                result.lastLine());
        assertTrue(result.lastLine().endsWith(" output=" + report));
        JsonNode json = json(report);
        assertEquals("significance", json.get("report_kind").asString());
        assertTrue(json.get("significance").get("pass").booleanValue());
        assertEquals(".tau/reports/m24/m24-sig/m24-benchmark-report-significance.json",
                json.get("publication").get("report_path").asString());
        assertEquals(".tau/reports/archive/m24/2026/02/m24-benchmark-report-m24-sig-significance.json",
                json.get("publication").get("archive_path").asString());
        run("validate", report).expectCode(ExitCodes.OK);
    }

    @Test
    void notSignificantExitsOneAndTheReportIsValid() {
        Path report = tmp.resolve("sig.json");
        significance("fail-reward", report, "--retention-policy", "retain-only", "--retain-days", "10",
                "--archive-after-days", "0").expectCode(ExitCodes.GATE_FAILED);

        JsonNode json = json(report);
        assertFalse(json.get("significance").get("pass").booleanValue());
        assertEquals("retain-only", json.get("retention").get("policy").asString());
        assertEquals("2026-02-25T23:15:00Z", json.get("retention").get("purge_after").asString());
        run("validate", report).expectCode(ExitCodes.OK);
    }

    @Test
    void badInputExitsTwo() {
        Path report = tmp.resolve("out/sig.json");
        significance("pass", report, "--alpha", "1.5").expectBadInput("alpha");
        significance("pass", report, "--retention-policy", "forever").expectBadInput("--retention-policy", "forever");
        significance("pass", report, "--archive-after-days", "400").expectBadInput("--archive-after-days");
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
