package dev.benchproof.gate;

import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.MannWhitneyU;
import dev.benchproof.stats.PairedTTest;
import dev.benchproof.stats.SignificanceResult;
import dev.benchproof.stats.WelchTTest;
import dev.benchproof.stats.WilcoxonSignedRank;

/**
 * The registry of hypothesis tests a reward comparison runs, in report order. A new test is one
 * {@code stats} class plus one row here (and its member in the significance report's {@code tests}).
 */
public enum ComparisonTest {
    WELCH("welch", true, false) {
        @Override
        SignificanceResult run(double[] baseline, double[] trained, Alternative alternative, double alpha) {
            return WelchTTest.test(baseline, trained, alternative, alpha);
        }
    },
    PAIRED_T("paired_t", false, true) {
        @Override
        SignificanceResult run(double[] baseline, double[] trained, Alternative alternative, double alpha) {
            return PairedTTest.test(baseline, trained, alternative, alpha);
        }
    },
    WILCOXON("wilcoxon", false, true) {
        @Override
        SignificanceResult run(double[] baseline, double[] trained, Alternative alternative, double alpha) {
            return WilcoxonSignedRank.test(baseline, trained, alternative);
        }
    },
    MANN_WHITNEY("mann_whitney", true, true) {
        @Override
        SignificanceResult run(double[] baseline, double[] trained, Alternative alternative, double alpha) {
            return MannWhitneyU.test(baseline, trained, alternative);
        }
    };

    private final String reportName;
    private final boolean independent;
    private final boolean paired;

    ComparisonTest(String reportName, boolean independent, boolean paired) {
        this.reportName = reportName;
        this.independent = independent;
        this.paired = paired;
    }

    /** The member of the significance report's {@code tests} object. */
    public String reportName() {
        return reportName;
    }

    /** Welch's test runs in both designs: the contract's fields come from it for independent arms. */
    public boolean appliesTo(SampleDesign design) {
        return this == WELCH || (design == SampleDesign.PAIRED ? paired : independent);
    }

    /** The test whose p-value and interval fill the contract's fields in {@code design}. */
    public static ComparisonTest primary(SampleDesign design) {
        return design == SampleDesign.PAIRED ? PAIRED_T : WELCH;
    }

    abstract SignificanceResult run(double[] baseline, double[] trained, Alternative alternative, double alpha);
}
