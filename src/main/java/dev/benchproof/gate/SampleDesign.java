package dev.benchproof.gate;

/** Whether the two reward vectors are independent samples or paired episode by episode. */
public enum SampleDesign {
    /** Independent arms of any lengths: Welch's t-test is the primary test. */
    INDEPENDENT,
    /** Equal-length arms paired by index (same seeds): the paired t-test is primary, Wilcoxon beside it. */
    PAIRED
}
