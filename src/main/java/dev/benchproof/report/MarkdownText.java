package dev.benchproof.report;

import java.util.List;

/** GitHub-flavoured Markdown pieces: escaped inline text, code spans and pipe tables. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Inline text with Markdown's punctuation escaped, and {@code |} so it is safe in a table cell. */
    static String text(String raw) {
        StringBuilder b = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ("\\`*_[]<>|#~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }

    /** A code span that survives any content: the fence is longer than the longest run of backticks inside. */
    static String code(String raw) {
        String flat = raw.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /**
     * A pipe table; cells are already inline Markdown. {@code align} holds one of {@code l r c} per column.
     */
    static String table(List<String> header, String align, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            char a = align.charAt(i);
            b.append(' ').append(a == 'r' ? "---:" : a == 'c' ? ":---:" : "---").append(" |");
        }
        b.append('\n');
        rows.forEach(r -> row(b, r));
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        cells.forEach(cell -> b.append(' ').append(cell).append(" |"));
        b.append('\n');
    }
}
