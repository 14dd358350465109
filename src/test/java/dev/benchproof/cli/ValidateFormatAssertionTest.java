package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.contract.FormatAssertion;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format} in the generic mode follows draft 2020-12; --assert-formats makes it a rule. */
class ValidateFormatAssertionTest {

    private static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object", "properties": {"at": {"type": "string", "format": "date-time"},
                                              "host": {"type": "string", "format": "ipv4"}}}
            """;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("2020-12 §7.2.1: without the format-assertion vocabulary an invalid date-time is only annotated")
    void formatIsAnAnnotationByDefault() {
        Path schema = write(tmp.resolve("s.schema.json"), SCHEMA);
        Path doc = write(tmp.resolve("doc.json"), "{\"at\": \"yesterday\", \"host\": \"999.1.1.1\"}");
        run("validate", "--schema", schema, doc).expectCode(ExitCodes.OK);
    }

    @Test
    void assertFormatsMakesEveryKnownFormatARule() {
        Path schema = write(tmp.resolve("s.schema.json"), SCHEMA);
        Path doc = write(tmp.resolve("doc.json"), "{\"at\": \"yesterday\", \"host\": \"999.1.1.1\"}");
        CliRun result = run("validate", "--assert-formats", "--schema", schema, doc).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.out().contains("/at: "), result.out());
        assertTrue(result.out().contains("/host: "), result.out());
        Path good = write(tmp.resolve("good.json"), "{\"at\": \"2026-02-15T23:15:00Z\", \"host\": \"10.0.0.1\"}");
        run("validate", "--assert-formats", "--schema", schema, good).expectCode(ExitCodes.OK);
    }

    @Test
    void bundledKindsAssertTheirFormatsWithoutTheOption() {
        Path report = write(tmp.resolve("safety.json"), """
                {"$schema": "https://benchproof.dev/schemas/v1/safety-regression-report.schema.json",
                 "schema_version": 1, "run_id": "m24-x", "generated_at": "yesterday", "sample_count": 2,
                 "baseline_mean_safety_penalty": 0.0, "trained_mean_safety_penalty": 0.0,
                 "safety_regression_delta": 0.0, "max_safety_regression": 0.0, "promotion_allowed": true,
                 "reason_codes": [], "diagnostics": []}
                """);
        CliRun result = run("validate", report).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.out().contains("/generated_at: "), result.out());
    }

    @Test
    void helpListsTheKnownFormats() {
        String help = run("validate", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--assert-formats"), help);
        for (String format : FormatAssertion.knownFormats()) {
            assertTrue(help.contains(format), () -> "help should list " + format + ": " + help);
        }
    }
}
