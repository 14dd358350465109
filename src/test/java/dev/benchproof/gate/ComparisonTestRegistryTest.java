package dev.benchproof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry decides which tests a comparison runs and which one fills the contract's fields. */
class ComparisonTestRegistryTest {

    private static final double[] BASELINE = {0.20, 0.22, 0.24, 0.21, 0.23, 0.25};
    private static final double[] TRAINED = {0.30, 0.29, 0.32, 0.31, 0.28, 0.33};

    @Test
    void independentArmsRunWelchAndMannWhitneyWithWelchPrimary() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().withBootstrap(0, 0).evaluate(BASELINE, TRAINED);
        assertEquals(List.of("welch", "mann_whitney"), List.copyOf(outcome.results().keySet()));
        assertSame(outcome.welch(), outcome.primary());
        assertEquals(outcome.welch().pValue(), outcome.pValue());
    }

    @Test
    void pairedArmsAddPairedTAndWilcoxonWithPairedTPrimary() {
        SignificanceOutcome outcome = SignificanceGate.withDefaults().with(SampleDesign.PAIRED).withBootstrap(0, 0)
                .evaluate(BASELINE, TRAINED);
        assertEquals(List.of("welch", "paired_t", "wilcoxon", "mann_whitney"), List.copyOf(outcome.results().keySet()));
        assertSame(outcome.pairedT().orElseThrow(), outcome.primary());
        assertEquals(outcome.pairedT().orElseThrow().pValue(), outcome.pValue());
    }

    @Test
    void everyRegisteredTestRunsInSomeDesign() {
        for (ComparisonTest test : ComparisonTest.values()) {
            assertEquals(true, test.appliesTo(SampleDesign.INDEPENDENT) || test.appliesTo(SampleDesign.PAIRED), test.name());
        }
    }
}
