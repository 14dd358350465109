package dev.benchproof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void oneErrorPerFindingThenANoticeWithTheSummary() {
        List<String> lines = GithubAnnotations.render(Reports.validation()).lines().toList();
        assertEquals(List.of(
                "::error file=reports/odd%2C name 100%25.json,title=/a%3Ab/0 minimum::"
                        + "/a:b/0: must be >= 0, found -1 <&> \"quoted\"",
                "::error file=reports/odd%2C name 100%25.json,title=(root) required::"
                        + "(root): line one%0Aline two%0D, 50%25 done\u0001",
                "::error file=broken.json,title=(root) parse::(root): broken.json: unexpected end of input",
                "::notice title=benchproof validate::3 files checked, 2 invalid, 3 errors"), lines);
    }

    @Test
    void aGateCriterionIsTheTitle() {
        assertEquals("::error file=out/proof.json,title=min_reward_delta reward_gain_below_threshold::"
                        + "min_reward_delta not met (reward_gain_below_threshold): observed 0.01, threshold 0.05",
                GithubAnnotations.render(Reports.gate()).lines().findFirst().orElseThrow());
    }

    @Test
    @DisplayName("actions/toolkit command.ts: data escapes % CR LF; properties also : and ,")
    void escapingFollowsTheRunner() {
        assertEquals("100%25%0D%0Aa:b,c", GithubAnnotations.data("100%\r\na:b,c"));
        assertEquals("100%25%0D%0Aa%3Ab%2Cc", GithubAnnotations.property("100%\r\na:b,c"));
    }
}
