package dev.benchproof.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A small {@code diff -u} for golden files: longest-common-subsequence over lines, hunks with three
 * lines of context. Golden files are a few hundred lines, so the quadratic table is cheap. Lines keep
 * their terminator out of the comparison; a missing final newline or a CR is shown explicitly so a
 * byte-level difference never produces an empty diff.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 40_000_000L;

    private UnifiedDiff() {
    }

    static String diff(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return "--- " + expectedName + "\n+++ " + actualName + "\n(too large to diff: " + a.size() + " and "
                    + b.size() + " lines)\n";
        }
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int i = 0;
        while (i < edits.size()) {
            while (i < edits.size() && edits.get(i).op == ' ') {
                i++;
            }
            if (i == edits.size()) {
                break;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within 2 * CONTEXT unchanged lines
            while (end < edits.size()) {
                if (edits.get(end).op != ' ') {
                    end++;
                    continue;
                }
                int run = end;
                while (run < edits.size() && edits.get(run).op == ' ') {
                    run++;
                }
                if (run < edits.size() && run - end <= 2 * CONTEXT) {
                    end = run;
                } else {
                    end = Math.min(edits.size(), end + CONTEXT);
                    break;
                }
            }
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private record Edit(char op, String line, int aLine, int bLine) {
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (Edit e : hunk) {
            if (e.op != '+') {
                aCount++;
                if (aStart < 0) {
                    aStart = e.aLine;
                }
            }
            if (e.op != '-') {
                bCount++;
                if (bStart < 0) {
                    bStart = e.bLine;
                }
            }
        }
        out.append("@@ -").append(range(aStart, aCount, hunk.get(0).aLine))
                .append(" +").append(range(bStart, bCount, hunk.get(0).bLine)).append(" @@\n");
        for (Edit e : hunk) {
            out.append(e.op).append(e.line).append('\n');
        }
    }

    private static String range(int start, int count, int fallback) {
        int first = count == 0 ? fallback : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i++, j));
            } else {
                edits.add(new Edit('+', b.get(j), i, j++));
            }
        }
        return edits;
    }

    /** Lines without their "\n"; a CR and a missing final newline stay visible. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                lines.add(visible(text.substring(from)) + "\\ No newline at end of file");
                break;
            }
            lines.add(visible(text.substring(from, nl)));
            from = nl + 1;
        }
        return lines;
    }

    private static String visible(String line) {
        return line.replace("\r", "\\r");
    }
}
