package dev.benchproof.stats;

/**
 * Mid-rank sum of one group within the union of two sorted groups, plus the tie term, computed by
 * a single merge in \(O(n_a + n_b)\) time.
 *
 * <p>Values are ranked 1..n in the pooled sample; tied values share the average of their ranks.
 * For a tie group of size \(t\) starting after \(s\) smaller values, each member has rank
 * \(s + (t + 1)/2\). The tie term is \(\sum (t^3 - t)\) over all tie groups.
 *
 * @param rankSumB the sum of the ranks of group {@code b}
 * @param tieTerm \(\sum (t^3 - t)\) over the tie groups
 * @param groups the number of distinct values
 */
record RankSums(double rankSumB, double tieTerm, long groups) {

    /**
     * Ranks two samples together.
     *
     * @param a the first group, finite
     * @param b the second group, finite
     * @return the rank sum of {@code b} and the tie term
     */
    static RankSums of(double[] a, double[] b) {
        final long[][] sorted = SortedKeys.ofBoth(a, b);
        return ofSortedKeys(sorted[0], sorted[1]);
    }

    /** Ranks two groups of {@link SortedKeys}, each ascending. */
    private static RankSums ofSortedKeys(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long before = 0;
        // Twice the rank sum is an integer: exact in a long for any array length.
        long twiceRankSum = 0;
        double tieTerm = 0;
        long groups = 0;
        while (i < a.length || j < b.length) {
            final long v = i < a.length && (j == b.length || a[i] <= b[j]) ? a[i] : b[j];
            final int i0 = i;
            final int j0 = j;
            while (i < a.length && a[i] == v) {
                i++;
            }
            while (j < b.length && b[j] == v) {
                j++;
            }
            final long inA = i - i0;
            final long inB = j - j0;
            final long t = inA + inB;
            twiceRankSum += inB * (2 * before + t + 1);
            if (t > 1) {
                final double td = t;
                tieTerm += td * (td * td - 1);
            }
            before += t;
            groups++;
        }
        return new RankSums(twiceRankSum / 2.0, tieTerm, groups);
    }
}
