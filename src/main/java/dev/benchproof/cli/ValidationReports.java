package dev.benchproof.cli;

import dev.benchproof.contract.Violation;
import dev.benchproof.output.CheckReport;
import dev.benchproof.output.CheckedItem;
import dev.benchproof.output.Finding;
import java.util.ArrayList;
import java.util.List;

/** validate's results as a CI check report: one item per file, one finding per violation. */
final class ValidationReports {

    private ValidationReports() {
    }

    static CheckReport of(List<FileValidator.Result> results) {
        List<CheckedItem> items = new ArrayList<>();
        for (FileValidator.Result result : results) {
            String file = result.path().toString();
            List<Finding> findings = new ArrayList<>();
            for (Violation violation : result.errors()) {
                findings.add(result.readable()
                        ? Finding.violation(violation.instanceLocation(), rule(violation), violation.message())
                        : new Finding("", "parse", violation.message(), Finding.Kind.INPUT_ERROR));
            }
            items.add(CheckedItem.file(file, findings));
        }
        return new CheckReport("validate", items, summary(results));
    }

    /** The rule's short id: the last keyword of the schema path, or the cross-field rule's name. */
    static String rule(Violation violation) {
        String location = violation.keywordLocation();
        if (location.startsWith(Violation.CROSS_FIELD_PREFIX)) {
            return location.substring(Violation.CROSS_FIELD_PREFIX.length());
        }
        String last = location.substring(location.lastIndexOf('/') + 1);
        return last.isEmpty() ? "schema" : last.replace("~1", "/").replace("~0", "~");
    }

    private static String summary(List<FileValidator.Result> results) {
        long invalid = results.stream().filter(r -> !r.valid()).count();
        long errors = results.stream().filter(r -> !r.valid()).mapToLong(r -> r.errors().size()).sum();
        String files = results.size() + (results.size() == 1 ? " file" : " files");
        return invalid == 0
                ? files + " checked, all valid"
                : files + " checked, " + invalid + " invalid, " + errors + (errors == 1 ? " error" : " errors");
    }
}
