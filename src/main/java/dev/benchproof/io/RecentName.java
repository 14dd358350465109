package dev.benchproof.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last name read from one column of episode records, kept with its bytes: consecutive records
 * usually share their task and seed, so a reader gets the same string back without decoding it,
 * and {@link RunCells} recognises it without hashing.
 */
final class RecentName {
    private byte[] bytes = new byte[32];
    private int length = -1;
    private String name;
    /** A name of at most eight bytes as one little-endian word, and the mask of its length. */
    private long word;
    private long mask;

    /**
     * The UTF-8 name in {@code b[start, stop)}, or null when it has no printable ASCII character
     * (it may be blank, which the general path reports).
     */
    String of(byte[] b, int start, int stop) {
        int n = stop - start;
        if (n == length && sameBytes(b, start, n)) {
            return name;
        }
        boolean printable = false;
        for (int i = start; i < stop && !printable; i++) {
            printable = b[i] > ' ' && b[i] < 0x7F;
        }
        if (!printable) {
            return null;
        }
        if (n > bytes.length) {
            bytes = new byte[Math.max(n, 2 * bytes.length)];
        }
        System.arraycopy(b, start, bytes, 0, n);
        length = n;
        word = n <= Long.BYTES ? ByteWords.at(bytes, 0) : 0; // bytes has room for eight: it is at least 32 long
        mask = n >= Long.BYTES ? -1L : (1L << (8 * n)) - 1;
        name = new String(b, start, n, StandardCharsets.UTF_8);
        return name;
    }

    /**
     * One masked word for a name of up to eight bytes (most are), else a plain loop: names are a few
     * bytes long, where Arrays.equals spends more on its checks than on comparing.
     */
    private boolean sameBytes(byte[] b, int start, int n) {
        if (n <= Long.BYTES && start + Long.BYTES <= b.length) {
            return ((ByteWords.at(b, start) ^ word) & mask) == 0;
        }
        for (int i = 0; i < n; i++) {
            if (b[start + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
