package dev.benchproof.output;

import java.util.List;

/**
 * One thing that was checked: a file (validate) or a gate criterion (proof, manifest), with the file
 * its findings point into. No findings means it passed.
 *
 * @param name     what a CI system lists it as: the file path, or the criterion ({@code min_reward_delta})
 * @param file     the file the findings are located in, as given on the command line
 * @param subject  whether {@code name} is the file itself or a criterion recorded in it
 * @param findings the broken rules, in the order they were found
 */
public record CheckedItem(String name, String file, Subject subject, List<Finding> findings) {

    /** What was checked: a whole file against its schema, or one criterion of a gate. */
    public enum Subject { FILE, CRITERION }

    public CheckedItem {
        findings = List.copyOf(findings);
    }

    public static CheckedItem file(String file, List<Finding> findings) {
        return new CheckedItem(file, file, Subject.FILE, findings);
    }

    public static CheckedItem criterion(String criterion, String file, List<Finding> findings) {
        return new CheckedItem(criterion, file, Subject.CRITERION, findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** A finding as one line: where in the file, then what (a criterion's message names the criterion itself). */
    public String describe(Finding finding) {
        return subject == Subject.FILE ? finding.displayPointer() + ": " + finding.message() : finding.message();
    }

    /** A short title: the pointer and rule for a file, the criterion and rule for a gate. */
    public String title(Finding finding) {
        return (subject == Subject.FILE ? finding.displayPointer() : name) + " " + finding.rule();
    }
}
