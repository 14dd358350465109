package dev.benchproof.report;

import java.util.List;

/**
 * A report ready to render, all text plain (each renderer escapes it): the verdict and why, a
 * one-line context (run, suite, date) and the sections in reading order.
 *
 * @param pass        the verdict, for the mark and the page's colour
 * @param verdict     the verdict in words, e.g. "PASS: trained may replace baseline."
 * @param explanation why, in one sentence
 */
public record ReportDocument(String title, boolean pass, String verdict, String explanation, String context,
                             List<ReportSection> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }
}
