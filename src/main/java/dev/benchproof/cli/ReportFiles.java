package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import dev.benchproof.report.HtmlReport;
import dev.benchproof.report.MarkdownReport;
import dev.benchproof.report.ReportInput;
import dev.benchproof.report.ProofReport;
import dev.benchproof.report.ReportDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * The files a report writes: {@code report.md} and {@code report.html} in a directory, and the
 * Markdown appended to a summary file (GitHub's {@code GITHUB_STEP_SUMMARY}). Rendered in memory so
 * they join the command's one atomic write.
 */
final class ReportFiles {

    static final String MARKDOWN = "report.md";
    static final String HTML = "report.html";

    private ReportFiles() {
    }

    /** The rendered files in write order; {@code summaryFile} may be null. */
    static LinkedHashMap<Path, byte[]> render(ReportInput bundle, Path dir, Path summaryFile) {
        return render(ProofReport.document(bundle), dir, summaryFile);
    }

    /** The files of any report document (a proof's, or a comparison's alone). */
    static LinkedHashMap<Path, byte[]> render(ReportDocument document, Path dir, Path summaryFile) {
        String markdown = MarkdownReport.render(document);
        LinkedHashMap<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve(MARKDOWN), markdown.getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve(HTML), HtmlReport.render(document).getBytes(StandardCharsets.UTF_8));
        if (summaryFile != null) {
            files.put(summaryFile, appended(summaryFile, markdown));
        }
        return files;
    }

    /** The summary file's current content (none when missing) followed by the Markdown, on a line of its own. */
    private static byte[] appended(Path summaryFile, String markdown) {
        if (Files.isDirectory(summaryFile)) {
            throw new BadInputException("--summary-file " + summaryFile + ": is a directory");
        }
        try {
            byte[] existing = Files.exists(summaryFile) ? Files.readAllBytes(summaryFile) : new byte[0];
            String separator = existing.length == 0 ? "" : existing[existing.length - 1] == '\n' ? "\n" : "\n\n";
            byte[] tail = (separator + markdown).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[existing.length + tail.length];
            System.arraycopy(existing, 0, all, 0, existing.length);
            System.arraycopy(tail, 0, all, existing.length, tail.length);
            return all;
        } catch (IOException e) {
            throw new BadInputException("--summary-file " + summaryFile + ": cannot read: " + ArtifactOutput.reason(e), e);
        }
    }

    /** The one stdout line naming what was written. */
    static String line(LinkedHashMap<Path, byte[]> files) {
        StringBuilder b = new StringBuilder();
        var paths = files.keySet().toArray(Path[]::new);
        b.append("report=").append(paths[0]).append(" report_html=").append(paths[1]);
        if (paths.length > 2) {
            b.append(" summary=").append(paths[2]);
        }
        return b.toString();
    }
}
