package dev.benchproof.report;

/**
 * One section of a report, rendered twice: as GitHub-flavoured Markdown and as an HTML fragment.
 *
 * <p>A section reads only what it was built from and returns text: no files, no clock, no locale.
 * New evidence becomes a new section class (the aggregate comparison over runs and tasks, for
 * example), added to the list {@link ProofReport#document} builds; the two renderers do not change.
 */
public interface ReportSection {

    /** The section's heading, plain text. */
    String title();

    /** Markdown shown open (may be empty: the section then only contributes to the collapsed details). */
    String markdown();

    /** Markdown placed inside the report's collapsed {@code <details>} block (may be empty). */
    default String markdownDetails() {
        return "";
    }

    /** The section's HTML body (without its heading), plots inline as SVG. */
    String html();

    /** True when the HTML page shows this section collapsed, as the Markdown does with its details. */
    default boolean collapsed() {
        return false;
    }
}
