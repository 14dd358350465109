package dev.benchproof.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case under {@code golden/} in-process and compares each output byte for byte with its
 * approved file: every artifact the command wrote ({@code <file>.approved.json}), stdout, stderr
 * (when not empty) and the exit status. See {@link GoldenCase} for how paths are made stable, and
 * the README's "Golden files" section for the review workflow.
 */
class GoldenApprovalTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicNode> goldenCases() throws IOException {
        List<GoldenCase> cases = GoldenCase.discover(GoldenCase.root());
        assertFalse(cases.isEmpty(), "no golden cases under " + GoldenCase.root());
        return cases.stream().map(c -> dynamicContainer(c.toString(), c.dir().toUri(), Stream.of(c).flatMap(this::tests)));
    }

    private Stream<DynamicNode> tests(GoldenCase golden) {
        GoldenCase.Outcome outcome;
        String stdoutExtension;
        try {
            outcome = golden.run(Files.createDirectories(temp.resolve(golden.command()).resolve(golden.name())));
            stdoutExtension = golden.stdoutExtension();
        } catch (IOException | RuntimeException e) {
            return Stream.of(dynamicTest(golden + ": run", () -> {
                throw new AssertionError("cannot run " + golden, e);
            }));
        }
        Path dir = golden.dir();
        List<DynamicNode> tests = new ArrayList<>();
        Set<String> produced = new TreeSet<>();
        produced.add("exit.approved.txt");
        tests.add(dynamicTest(golden + ": exit status", () -> GoldenApprovals.verify(outcome.exitCode() + "\n", dir, "exit", ".txt")));
        produced.add("stdout.approved" + stdoutExtension);
        tests.add(dynamicTest(golden + ": stdout", () -> GoldenApprovals.verify(outcome.stdout(), dir, "stdout", stdoutExtension)));
        if (!outcome.stderr().isEmpty()) {
            produced.add("stderr.approved.txt");
            tests.add(dynamicTest(golden + ": stderr", () -> GoldenApprovals.verify(outcome.stderr(), dir, "stderr", ".txt")));
        }
        outcome.files().forEach((file, text) -> {
            int dot = file.lastIndexOf('.');
            String base = dot > 0 ? file.substring(0, dot) : file;
            String extension = dot > 0 ? file.substring(dot) : "";
            produced.add(base + ".approved" + extension);
            tests.add(dynamicTest(golden + ": " + file, () -> GoldenApprovals.verify(text, dir, base, extension)));
        });
        tests.add(dynamicTest(golden + ": no missing or unexpected outputs", () -> {
            Set<String> approved = approvedFiles(dir);
            Set<String> missing = new TreeSet<>(approved);
            missing.removeAll(produced);
            Set<String> unexpected = new TreeSet<>(produced);
            unexpected.removeAll(approved);
            assertTrue(missing.isEmpty() && unexpected.isEmpty() && outcome.strayFiles().isEmpty(),
                    golden + ": approved but not produced " + missing + "; produced but not approved " + unexpected
                            + "; written outside the output directory " + outcome.strayFiles());
        }));
        if (outcome.exitCode() == 2) {
            tests.add(dynamicTest(golden + ": bad input: one stderr line, nothing written", () -> {
                assertEquals(Set.of(), outcome.files().keySet(), golden + " wrote files despite exit 2");
                assertEquals(1, outcome.stderr().lines().count(), golden + " stderr: " + outcome.stderr());
            }));
        }
        return tests.stream();
    }

    private static Set<String> approvedFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".approved.")).toList());
        }
    }
}
