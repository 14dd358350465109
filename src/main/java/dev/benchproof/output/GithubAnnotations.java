package dev.benchproof.output;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,title=...::message} per finding, the
 * title carrying the JSON pointer (or the gate criterion) and the rule, the message the pointer and text; then a {@code ::notice} with the summary. Values are escaped as the
 * runner unescapes them (actions/toolkit {@code command.ts}): {@code %}, CR and LF in the message, and
 * also {@code :} and {@code ,} in property values.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    public static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (CheckedItem item : report.items()) {
            for (Finding finding : item.findings()) {
                String title = item.title(finding);
                out.append("::error file=").append(property(item.file()))
                        .append(",title=").append(property(title))
                        .append("::").append(data(item.describe(finding))).append('\n');
            }
        }
        out.append("::notice title=").append(property("benchproof " + report.command())).append("::")
                .append(data(report.summary())).append('\n');
        return out.toString();
    }

    /** Escaping of the message part. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value: as {@link #data}, plus the separators of the property list. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
