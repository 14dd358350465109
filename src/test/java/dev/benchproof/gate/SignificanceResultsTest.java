package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.benchproof.stats.SignificanceResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignificanceResultsTest {

    private static final double[] BASELINE = {1.0, 3.0, 2.0, 5.0, 4.0, 0.5};
    private static final double[] TRAINED = {1.1, 3.12, 2.09, 5.11, 4.1, 0.58};

    @Test
    void everyTestIsAResultWithAStatisticAPValueAndADecision() {
        SignificanceOutcome paired = SignificanceGate.withDefaults().withBootstrap(0, 0).with(SampleDesign.PAIRED)
                .evaluate(BASELINE, TRAINED);
        Map<String, SignificanceResult> results = paired.results();
        assertEquals(List.of("welch", "paired_t", "wilcoxon", "mann_whitney"), List.copyOf(results.keySet()));
        assertSame(paired.pairedT().orElseThrow(), paired.primary());
        assertEquals(paired.mannWhitney().u(), results.get("mann_whitney").statistic());
        for (SignificanceResult result : results.values()) {
            assertEquals(result.pValue() <= 0.05, result.reject(0.05));
        }
        assertEquals(paired.pValue(), paired.primary().pValue());
    }

    @Test
    void independentArmsHaveWelchAsPrimary() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 0).evaluate(BASELINE, TRAINED);
        assertEquals(List.of("welch", "mann_whitney"), List.copyOf(outcome.results().keySet()));
        assertSame(outcome.welch(), outcome.primary());
    }
}
