package dev.benchproof.stats;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Sample values as sorted {@code long} keys whose order and equality are those of the doubles, so
 * that ranks computed on the keys are the ranks of the values.
 *
 * <p>The key of {@code v} is its IEEE bit pattern with the magnitude bits flipped when the sign bit
 * is set, which makes signed {@code long} order numeric order for every non-NaN double. {@code -0.0}
 * takes the key of {@code 0.0}, because the two compare equal and so belong to one tie group.
 *
 * <p>Why keys and not {@link Arrays#parallelSort(double[])}: on the two cores a CI runner has,
 * sorting two arms of 10^7 doubles took about 2 s and was most of {@code proof}'s time. A
 * least-significant-digit radix sort over the keys is linear (six passes of 11 bits, fewer when all
 * keys share a digit) and took a fifth of that. A sort has one result however it is computed, so
 * no statistic moves.
 */
final class SortedKeys {
    /** Below this length a comparison sort of the keys is faster than the radix passes. */
    static final int RADIX_THRESHOLD = 1 << 12;
    /** Both arms are sorted at once, one per core, when together they are at least this long. */
    static final int PARALLEL_THRESHOLD = 1 << 16;

    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private SortedKeys() {
    }

    /** The order-preserving key of a non-NaN double. */
    static long key(double v) {
        final long bits = Double.doubleToRawLongBits(v + 0.0); // -0.0 + 0.0 is +0.0; every other v is kept
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The keys of {@code x}, ascending. */
    static long[] of(double[] x) {
        final long[] keys = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            keys[i] = key(x[i]);
        }
        if (keys.length < RADIX_THRESHOLD) {
            Arrays.sort(keys);
            return keys;
        }
        return radixSort(keys);
    }

    /** The sorted keys of two samples, computed side by side when they are large. */
    static long[][] ofBoth(double[] a, double[] b) {
        if ((long) a.length + b.length < PARALLEL_THRESHOLD) {
            return new long[][] {of(a), of(b)};
        }
        final CompletableFuture<long[]> sortedB = CompletableFuture.supplyAsync(() -> of(b));
        final long[] sortedA = of(a);
        return new long[][] {sortedA, sortedB.join()};
    }

    /**
     * Least-significant digit first, on the keys with the sign bit flipped so that unsigned digit
     * order is signed key order. A digit every key shares is skipped.
     */
    private static long[] radixSort(long[] keys) {
        final int n = keys.length;
        final int[][] counts = new int[DIGITS][BUCKETS];
        for (long k : keys) {
            final long u = k ^ Long.MIN_VALUE;
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (u >>> (d * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] from = keys;
        long[] to = new long[n];
        for (int d = 0; d < DIGITS; d++) {
            final int[] count = counts[d];
            final int shift = d * DIGIT_BITS;
            if (count[(int) ((from[0] ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1)] == n) {
                continue;
            }
            int offset = 0;
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                final int c = count[bucket];
                count[bucket] = offset;
                offset += c;
            }
            for (long k : from) {
                to[count[(int) ((k ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1)]++] = k;
            }
            final long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }
}
