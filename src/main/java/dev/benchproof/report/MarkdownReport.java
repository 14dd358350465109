package dev.benchproof.report;

/**
 * GitHub-flavoured Markdown for a pull-request comment or a job summary: the verdict on the first
 * line, the open sections under level-3 headings, everything else in one collapsed
 * {@code <details>} block. Lines end in {@code "\n"}; the text ends with one.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ReportDocument document) {
        StringBuilder b = new StringBuilder(4096);
        b.append("**").append(document.pass() ? "✅ " : "❌ ").append(MarkdownText.text(document.verdict())).append("** ")
                .append(MarkdownText.text(document.explanation())).append("\n\n");
        b.append(MarkdownText.text(document.context())).append('\n');
        StringBuilder details = new StringBuilder();
        for (ReportSection section : document.sections()) {
            String open = section.markdown();
            if (!open.isEmpty()) {
                b.append("\n### ").append(MarkdownText.text(section.title())).append("\n\n").append(open);
            }
            String collapsed = section.markdownDetails();
            if (!collapsed.isEmpty()) {
                details.append('\n').append(collapsed);
            }
        }
        if (details.length() > 0) {
            // A blank line after <summary> and before </details>: GitHub then renders the Markdown inside.
            b.append("\n<details>\n<summary>Details: tests, measurements per arm, safety diagnostics, artifacts</summary>\n")
                    .append(details).append("\n</details>\n");
        }
        return b.toString();
    }
}
