package dev.benchproof.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/**
 * How a golden mismatch is reported besides the failing assertion: quietly in CI (the environment
 * variable {@code CI} is set; no diff tool is installed there and the assertion already carries the
 * diff), otherwise as a unified diff on stderr, next to the commands that review and approve it.
 */
final class GoldenReporter implements ApprovalFailureReporter {

    private GoldenReporter() {
    }

    static ApprovalFailureReporter forEnvironment() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isEmpty() ? QuietReporter.INSTANCE : new GoldenReporter();
    }

    @Override
    public boolean report(String received, String approved) {
        System.err.println(diffOf(Path.of(approved), Path.of(received)));
        System.err.println("review: ci/golden-diff.sh   approve: ci/golden-approve.sh");
        return true;
    }

    /** {@code diff -u approved received}, with a missing approved file read as empty. */
    static String diffOf(Path approved, Path received) {
        String before = read(approved);
        String after = read(received);
        String diff = UnifiedDiff.diff(approved.toString(), before, received.toString(), after);
        if (!Files.exists(approved)) {
            return "no approved file yet: " + approved + "\n" + diff;
        }
        return diff;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
