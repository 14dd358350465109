package dev.benchproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** One in-process run of the benchproof command line: exit status and everything printed. */
public record CliRun(int code, String out, String err) {

    /** The fixed generation time every test passes; no test depends on the clock. */
    public static final String GENERATED_AT = "2026-02-15T23:15:00Z";

    public static CliRun run(Object... args) {
        return run(BenchproofCommand.commandLine(), Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    /** Runs a configured command line (e.g. with a test subcommand added), capturing what it prints. */
    public static CliRun run(picocli.CommandLine cmd, String... args) {
        StringWriter outSw = new StringWriter();
        StringWriter errSw = new StringWriter();
        cmd.setOut(new PrintWriter(outSw));
        cmd.setErr(new PrintWriter(errSw));
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return new CliRun(code, outSw.toString(), errSw.toString());
    }

    public List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }

    public List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }

    public String lastLine() {
        List<String> lines = outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Asserts the exit status, showing what was printed when it differs. */
    public CliRun expectCode(int expected) {
        assertEquals(expected, code, () -> "exit status; stdout:\n" + out + "\nstderr:\n" + err);
        return this;
    }

    /** Exit 2 with exactly one line on stderr, no stack trace, containing every fragment. */
    public CliRun expectBadInput(String... fragments) {
        expectCode(ExitCodes.BAD_INPUT);
        assertEquals(1, errLines().size(), () -> "one line on stderr, found:\n" + err);
        assertFalse(err.contains("Exception"), () -> "no exception name on stderr: " + err);
        assertFalse(err.contains("\tat ") || err.contains(" at dev.") || err.contains(" at java."),
                () -> "no stack trace on stderr: " + err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), () -> "stderr should contain '" + fragment + "': " + err);
        }
        return this;
    }

    // ---- files ----

    /** The project root (set by surefire), to find {@code examples/} and {@code schemas/}. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("benchproof.projectRoot", "."));
    }

    public static Path example(String relative) {
        Path path = projectRoot().resolve("examples").resolve(relative);
        assertTrue(Files.isRegularFile(path), () -> "missing example " + path);
        return path;
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir} by relative path, with its bytes (empty when dir is absent). */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> stream = Files.walk(dir)) {
            for (Path file : stream.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Asserts two snapshots hold the same file names and byte-identical contents. */
    public static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "file names");
        for (String name : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(name), actual.get(name)), () -> name + " changed");
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arguments of a proof run on two sample files into {@code outputDir}. */
    public static List<Object> proofArgs(Path baseline, Path trained, String runId, Object outputDir) {
        return new ArrayList<>(List.of("proof", "--baseline-samples", baseline, "--trained-samples", trained,
                "--run-id", runId, "--output-dir", outputDir, "--generated-at", GENERATED_AT));
    }

    public static CliRun run(List<?> args) {
        return run(args.toArray());
    }
}
