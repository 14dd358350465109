package dev.benchproof.stats;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014), written out here so that the bootstrap
 * draws the same numbers on every JDK: the JDK's own generators may change their bounded-integer
 * algorithms between releases.
 *
 * <p>Not thread-safe; each bootstrap block owns one instance.
 */
final class SplitMix64 {
    /** The golden-ratio increment \(\lfloor 2^{64}/\varphi \rfloor\), odd. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * Creates a generator with the given 64-bit state.
     *
     * @param state the initial state
     */
    SplitMix64(long state) {
        this.state = state;
    }

    /**
     * Seeds a generator for one block of a seeded computation:
     * {@code state = mix64(seed ^ mix64((block + 1) * GAMMA))}, so that neighbouring blocks start
     * at unrelated points of the sequence (raw states differing by a multiple of GAMMA would be
     * the same stream shifted).
     *
     * @param seed the user seed
     * @param block the block index
     * @return the block's generator
     */
    static SplitMix64 forBlock(long seed, long block) {
        return new SplitMix64(mix64(seed ^ mix64((block + 1) * GAMMA)));
    }

    /**
     * Returns the next 64 random bits.
     *
     * @return the bits
     */
    long nextLong() {
        state += GAMMA;
        return mix64(state);
    }

    /**
     * Returns a uniform integer in {@code [0, bound)} by Lemire's multiply-and-reject method
     * (2019) on the upper 32 bits of {@link #nextLong()}; unbiased.
     *
     * @param bound the exclusive upper bound, positive
     * @return the integer
     */
    int nextInt(int bound) {
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            final long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * Returns the sum of {@code x.length} values of {@code x} drawn with replacement, added in draw
     * order; the draws are exactly those of {@code x.length} calls of {@code nextInt(x.length)}.
     *
     * <p>Why not those calls: the state then lives in this object's field, and every draw waits for
     * the previous draw's store to it; in a local it stays in a register. The bootstrap makes
     * 2 x 10^8 draws for 10^4 resamples of 10^4 values per arm, so this is its inner loop.
     *
     * @param x the values, at least one
     * @return the sum of the drawn values
     */
    double sumOfDraws(double[] x) {
        final int n = x.length;
        long s = state;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            s += GAMMA;
            final long m = (mix64(s) >>> 32) * n;
            if ((m & 0xFFFFFFFFL) < n) { // the rare case where Lemire's method may reject: redo it as nextInt does
                state = s - GAMMA;
                sum += x[nextInt(n)];
                s = state;
            } else {
                sum += x[(int) (m >>> 32)];
            }
        }
        state = s;
        return sum;
    }

    /**
     * The SplitMix64 finaliser (a variant of MurmurHash3's fmix64), a bijection on 64-bit values.
     *
     * @param z the input
     * @return the mixed value
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
