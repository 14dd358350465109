package dev.benchproof.io;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes bytes through unchanged while insisting they are well-formed UTF-8 (RFC 3629).
 *
 * <p>Why not leave it to Jackson: its byte parser accepts overlong forms ({@code C0 80} becomes
 * U+0000), code points above U+10FFFF and a byte order mark, and it switches to UTF-16/32 when the
 * first bytes contain NULs. RFC 8259 requires UTF-8, and two tools reading the same bytes must see
 * the same text. A NUL byte is never valid JSON text (control characters inside strings must be
 * escaped), so rejecting it costs nothing and stops the encoding autodetection.
 *
 * <p>Line and column count bytes, as Jackson's byte parser does, so both kinds of error agree.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    /** A malformed byte, with the 1-based position of that byte. */
    static final class MalformedUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;
        final String rule;

        MalformedUtf8Exception(long line, long column, String rule) {
            super(rule);
            this.line = line;
            this.column = column;
            this.rule = rule;
        }
    }

    private long offset;
    private long line = 1;
    private long lineStart;
    private int pending;
    private int nextMin = 0x80;
    private int nextMax = 0xBF;
    private int codePoint;

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            checkEnd();
        } else {
            check((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            checkEnd();
        }
        int i = 0;
        while (i < n) {
            if (pending == 0) {
                // A run of ASCII, the common case, needs no state machine: only NULs and line ends
                // matter, and eight bytes without a NUL are passed over at once, their line feeds
                // counted in the word.
                int start = i;
                while (true) {
                    while (i + Long.BYTES <= n) {
                        final long word = ByteWords.at(buffer, off + i);
                        if ((word & ByteWords.HIGH_BITS) != 0 || ByteWords.hasZeroByteAscii(word)) {
                            break;
                        }
                        final long lineFeeds = ByteWords.zeroBytesAscii(word ^ ByteWords.LINE_FEEDS);
                        if (lineFeeds != 0) {
                            line += Long.bitCount(lineFeeds);
                            int last = (Long.SIZE - 1 - Long.numberOfLeadingZeros(lineFeeds)) >>> 3;
                            lineStart = offset + (i - start) + last + 1;
                        }
                        i += Long.BYTES;
                    }
                    if (i == n || buffer[off + i] <= 0) {
                        break;
                    }
                    if (buffer[off + i] == '\n') {
                        line++;
                        lineStart = offset + (i - start) + 1;
                    }
                    i++;
                }
                offset += i - start;
                if (i == n) {
                    break;
                }
            }
            check(buffer[off + i++]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping would let bytes past unchecked; nothing in the parser needs it.
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte value) throws MalformedUtf8Exception {
        int b = value & 0xFF;
        if (pending > 0) {
            if (b < nextMin || b > nextMax) {
                throw error(String.format(Locale.ROOT, "invalid UTF-8 continuation byte 0x%02x", b));
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            nextMin = 0x80;
            nextMax = 0xBF;
            pending--;
            if (pending == 0 && codePoint == 0xFEFF && offset == 2) {
                throw new MalformedUtf8Exception(1, 1, "a UTF-8 byte order mark is not allowed");
            }
        } else if (b < 0x80) {
            if (b == 0) {
                throw error("NUL byte is not allowed (the file must be UTF-8, not UTF-16 or UTF-32)");
            }
            if (b == '\n') {
                line++;
                lineStart = offset + 1;
            }
        } else {
            startSequence(b);
        }
        offset++;
    }

    /** Unicode 15, table 3-7: the only lead bytes, and the range of the byte after each. */
    private void startSequence(int b) throws MalformedUtf8Exception {
        if (b >= 0xC2 && b <= 0xDF) {
            begin(1, b & 0x1F, 0x80, 0xBF);
        } else if (b == 0xE0) {
            begin(2, b & 0x0F, 0xA0, 0xBF); // no overlong 3-byte forms
        } else if (b == 0xED) {
            begin(2, b & 0x0F, 0x80, 0x9F); // no UTF-16 surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
            begin(2, b & 0x0F, 0x80, 0xBF);
        } else if (b == 0xF0) {
            begin(3, b & 0x07, 0x90, 0xBF); // no overlong 4-byte forms
        } else if (b >= 0xF1 && b <= 0xF3) {
            begin(3, b & 0x07, 0x80, 0xBF);
        } else if (b == 0xF4) {
            begin(3, b & 0x07, 0x80, 0x8F); // nothing above U+10FFFF
        } else {
            throw error(String.format(Locale.ROOT, "invalid UTF-8 byte 0x%02x", b));
        }
    }

    private void begin(int continuationBytes, int bits, int min, int max) {
        pending = continuationBytes;
        codePoint = bits;
        nextMin = min;
        nextMax = max;
    }

    private void checkEnd() throws MalformedUtf8Exception {
        if (pending > 0) {
            throw error("truncated UTF-8 sequence at end of input");
        }
    }

    private MalformedUtf8Exception error(String rule) {
        return new MalformedUtf8Exception(line, offset - lineStart + 1, rule);
    }
}
