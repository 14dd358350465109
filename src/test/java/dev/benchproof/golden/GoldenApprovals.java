package dev.benchproof.golden;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.core.VerifyResult;
import org.approvaltests.namer.NamerWrapper;
import org.opentest4j.AssertionFailedError;

/**
 * ApprovalTests wired for golden files: the approved file is {@code <dir>/<base>.approved<ext>}
 * (a {@link NamerWrapper} naming both folder and base name), the comparison is byte for byte (the
 * default one normalises CRLF and appends a newline), and a mismatch fails with a unified diff.
 */
public final class GoldenApprovals {

    private GoldenApprovals() {
    }

    /** The reporter for this environment (see {@link GoldenReporter}). */
    public static ApprovalFailureReporter reporter() {
        return GoldenReporter.forEnvironment();
    }

    static Options options(Path dir, String baseName, String extensionWithDot) {
        String folder = dir.toString();
        return new Options()
                .withComparator(GoldenApprovals::sameBytes)
                .withReporter(reporter())
                .forFile().withNamer(new NamerWrapper(() -> baseName, () -> folder))
                .forFile().withExtension(extensionWithDot);
    }

    /** Verifies {@code text} against {@code <dir>/<base>.approved<ext>}; on a mismatch the message is the diff. */
    static void verify(String text, Path dir, String baseName, String extensionWithDot) {
        Path approved = dir.resolve(baseName + ".approved" + extensionWithDot);
        Path received = dir.resolve(baseName + ".received" + extensionWithDot);
        try {
            Approvals.verify(text, options(dir, baseName, extensionWithDot));
        } catch (Error e) {
            if (e instanceof AssertionFailedError) {
                throw e;
            }
            throw new AssertionFailedError((Files.exists(approved) ? "golden file differs: " : "golden file missing: ")
                    + approved + " (received: " + received + "; review with ci/golden-diff.sh, approve with"
                    + " ci/golden-approve.sh)\n" + GoldenReporter.diffOf(approved, received), e);
        }
    }

    /** Byte-exact: same length, same bytes; a missing approved file is a mismatch. */
    static VerifyResult sameBytes(File received, File approved) {
        if (!approved.isFile() || !received.isFile()) {
            return VerifyResult.FAILURE;
        }
        try {
            return VerifyResult.from(Files.mismatch(received.toPath(), approved.toPath()) == -1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
