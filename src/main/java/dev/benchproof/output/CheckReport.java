package dev.benchproof.output;

import java.util.List;

/**
 * What one command checked, ready for any CI format.
 *
 * @param command the benchproof command ({@code validate}, {@code proof}, ...), names the JUnit suite and SARIF run
 * @param items   everything checked, in a stable order
 * @param summary one line saying how it went, for people
 */
public record CheckReport(String command, List<CheckedItem> items, String summary) {

    public CheckReport {
        items = List.copyOf(items);
    }

    public long findingCount() {
        return items.stream().mapToLong(i -> i.findings().size()).sum();
    }

    public boolean passed() {
        return items.stream().allMatch(CheckedItem::passed);
    }
}
