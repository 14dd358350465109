package dev.benchproof.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a byte array as one {@code long}, for the byte scans of the readers that look at
 * hundreds of millions of bytes (the UTF-8 check, line splitting): one load and a few arithmetic
 * operations test eight bytes at once. Little-endian, so the lowest set bit of a mask names the
 * first matching byte.
 */
final class ByteWords {
    /** Eight bytes read as one little-endian long, at any alignment. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long HIGH_BITS = 0x8080808080808080L;
    static final long ONES = 0x0101010101010101L;
    static final long LINE_FEEDS = ONES * '\n';

    private ByteWords() {
    }

    /** The eight bytes from {@code index}, the first in the lowest byte. */
    static long at(byte[] bytes, int index) {
        return (long) WORDS.get(bytes, index);
    }

    /** Whether some byte of a word of ASCII bytes is zero (the borrow of {@code byte - 1} reaches its high bit only then). */
    static boolean hasZeroByteAscii(long asciiWord) {
        return ((asciiWord - ONES) & HIGH_BITS) != 0;
    }

    /** The high bit of exactly each zero byte of a word of ASCII bytes, and no other bit. */
    static long zeroBytesAscii(long asciiWord) {
        final long low7 = ~HIGH_BITS;
        return ~(((asciiWord & low7) + low7) | asciiWord | low7); // + low7 sets a byte's high bit unless it was 0
    }

    /**
     * A mask whose lowest set bit is the high bit of the first byte that is a quote, a backslash or
     * a control character (below 0x20); zero when there is none. Bytes of 0x80 and above (UTF-8
     * beyond ASCII) never match. Higher set bits may be false: only the lowest is exact.
     */
    static long quoteBackslashOrControl(long word) {
        final long quotes = word ^ (ONES * '"');
        final long backslashes = word ^ (ONES * '\\');
        return ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes | (word - ONES * 0x20) & ~word) & HIGH_BITS;
    }

    /** The index of the first line feed in {@code bytes[from, to)}, or {@code to}. */
    static int indexOfLineFeed(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            final long word = at(bytes, i) ^ LINE_FEEDS; // a line feed becomes a zero byte
            // The high bit of each zero byte (any byte value), and possibly of bytes after the first
            // zero; the lowest set bit is always the first zero byte.
            final long zeros = (word - ONES) & ~word & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        while (i < to && bytes[i] != '\n') {
            i++;
        }
        return i;
    }
}
