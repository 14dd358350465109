package dev.benchproof.output;

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, the test-reporter actions): one {@code <testcase>}
 * per checked item, one {@code <failure>} per finding ({@code <error>} when the input could not be
 * checked). No timestamps or durations, so the same check gives the same bytes.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String render(CheckReport report) {
        long failures = count(report, Finding.Kind.VIOLATION);
        long errors = count(report, Finding.Kind.INPUT_ERROR);
        String suite = "benchproof " + report.command();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"").append(attribute(suite)).append("\" tests=\"").append(report.items().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors).append("\">\n");
        out.append("  <testsuite name=\"").append(attribute(suite)).append("\" tests=\"").append(report.items().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"0\">\n");
        for (CheckedItem item : report.items()) {
            out.append("    <testcase classname=\"benchproof.").append(attribute(report.command()))
                    .append("\" name=\"").append(attribute(item.name())).append("\" file=\"")
                    .append(attribute(item.file())).append('"');
            if (item.passed()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            for (Finding finding : item.findings()) {
                String element = finding.kind() == Finding.Kind.INPUT_ERROR ? "error" : "failure";
                String line = item.describe(finding);
                out.append("      <").append(element).append(" type=\"").append(attribute(finding.rule()))
                        .append("\" message=\"").append(attribute(line)).append("\">")
                        .append(text(item.file() + " " + line)).append("</").append(element).append(">\n");
            }
            out.append("    </testcase>\n");
        }
        out.append("    <system-out>").append(text(report.summary())).append("</system-out>\n");
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    private static long count(CheckReport report, Finding.Kind kind) {
        return report.items().stream().flatMap(i -> i.findings().stream()).filter(f -> f.kind() == kind).count();
    }

    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Character data: markup escaped, and the characters XML 1.0 cannot carry at all replaced by U+FFFD. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
