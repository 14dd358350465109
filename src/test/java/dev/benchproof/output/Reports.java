package dev.benchproof.output;

import java.util.List;

/** Check reports that exercise every rendering path: passing and failing files, input errors, awkward text. */
final class Reports {

    private Reports() {
    }

    static CheckReport validation() {
        return new CheckReport("validate", List.of(
                CheckedItem.file("out/ok.json", List.of()),
                CheckedItem.file("reports/odd, name 100%.json", List.of(
                        Finding.violation("/a:b/0", "minimum", "must be >= 0, found -1 <&> \"quoted\""),
                        Finding.violation("", "required", "line one\nline two\r, 50% done\u0001"))),
                CheckedItem.file("broken.json", List.of(
                        new Finding("", "parse", "broken.json: unexpected end of input", Finding.Kind.INPUT_ERROR)))),
                "3 files checked, 2 invalid, 3 errors");
    }

    static CheckReport gate() {
        return new CheckReport("proof", List.of(
                CheckedItem.criterion("min_reward_delta", "out/proof.json", List.of(Finding.violation(
                        "/failure_analysis/details/0", "reward_gain_below_threshold",
                        "min_reward_delta not met (reward_gain_below_threshold): observed 0.01, threshold 0.05"))),
                CheckedItem.criterion("max_p_value", "out/proof.json", List.of())),
                "proof gate failed: 1 of 2 criteria not met");
    }
}
