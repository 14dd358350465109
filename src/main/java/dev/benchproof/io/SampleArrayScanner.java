package dev.benchproof.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The fast path of {@link SampleStreams}: a byte-level scanner for the one shape sample files have,
 * a flat JSON array of plain numbers, that reads tens of millions of numbers per second on one core.
 *
 * <p>It accepts only a strict subset of what {@link StrictJsonReader} accepts (ASCII whitespace,
 * brackets, commas and RFC 8259 numbers) and returns exactly the doubles Jackson would. Anything
 * else, valid or not (a BOM, a string, a nested array, a number with more than 18 digits, an
 * exponent out of range, a value past the limits, fewer than two values, an unreadable file), makes
 * it give up and return {@code null}: the caller then parses the file again with Jackson, which
 * accepts it or reports the error. So every error message comes from one place and stays byte for
 * byte what it was, and this class never needs to know one.
 *
 * <p>Numbers are converted exactly: an integer of at most 18 digits is widened from its
 * {@code long} (as Jackson does), a decimal whose digits fit in 53 bits and whose power of ten is at
 * most 22 is one correctly rounded IEEE multiplication or division of two exact values (Clinger's
 * fast path), and every other decimal (more digits, larger powers) goes through {@link Double#parseDouble}, which like Jackson's
 * parsers rounds correctly.
 */
final class SampleArrayScanner {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final int END = -1;
    /** Bytes a number and its separator must fit in to be scanned by {@link #shortDecimal()}. */
    private static final int FAST_WINDOW = 40;

    private final InputStream in;
    private final int maxNumberLength;
    private byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    private int end;
    private int mark = -1; // start of the number being scanned; kept across refills
    private boolean eof;

    private SampleArrayScanner(InputStream in, int maxNumberLength) {
        this.in = in;
        this.maxNumberLength = maxNumberLength;
    }

    /**
     * The samples of {@code file}, or {@code null} when the file is anything but a plain array of
     * between 2 and {@code limits.maxSamples()} finite numbers of magnitude at most {@code maxMagnitude}
     * within the limits.
     */
    static double[] tryRead(Path file, StrictJsonReader.Limits limits, double maxMagnitude) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > limits.maxDocumentBytes()) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new SampleArrayScanner(in, limits.maxNumberLength()).scan(limits.maxSamples(), maxMagnitude);
            }
        } catch (IOException | RuntimeException e) {
            return null; // Jackson's pass reads the file again and names the problem
        }
    }

    private double[] scan(int maxSamples, double maxMagnitude) throws IOException {
        int c = skipWhitespace();
        if (c != '[') {
            return null;
        }
        pos++;
        double[] values = new double[Math.min(1024, maxSamples)];
        int n = 0;
        c = skipWhitespace();
        if (c == ']') {
            return null; // an empty array: Jackson reports it
        }
        while (true) {
            double value = number();
            if (Double.isNaN(value) || Math.abs(value) > maxMagnitude || n == maxSamples) {
                return null; // NaN marks "not a plain number"; the rest break the rules
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(maxSamples, 2L * values.length));
            }
            values[n++] = value;
            c = skipWhitespace();
            pos++;
            if (c == ']') {
                break;
            }
            if (c != ',') {
                return null;
            }
            skipWhitespace();
        }
        if (skipWhitespace() != END || n < 2) {
            return null;
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    /** Scans one number at {@code pos}; NaN when it is not one this scanner converts. */
    private double number() throws IOException {
        if (end - pos > FAST_WINDOW + 1) { // the scan below reads at most FAST_WINDOW + 1 bytes past pos
            double value = shortDecimal();
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return anyNumber();
    }

    /**
     * The common case, {@code -?digits(.digits)?} of at most 18 digits followed by a separator,
     * scanned in local variables within the buffered window (no refill checks per byte). NaN,
     * with {@code pos} unmoved, for anything else: {@link #anyNumber()} then decides, so both
     * paths give the same value for every number this one accepts.
     */
    private double shortDecimal() {
        final byte[] b = buf;
        final int start = pos;
        final int limit = start + FAST_WINDOW;
        int p = start;
        final boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int c = b[p];
        if (c == '0') {
            p++;
        } else if (c >= '1' && c <= '9') {
            do {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                c = b[++p];
            } while (c >= '0' && c <= '9' && p < limit);
        } else {
            return Double.NaN;
        }
        int fractionDigits = 0;
        if (b[p] == '.') {
            c = b[++p];
            while (c >= '0' && c <= '9' && p < limit) {
                mantissa = mantissa * 10 + (c - '0');
                fractionDigits++;
                c = b[++p];
            }
            if (fractionDigits == 0) {
                return Double.NaN;
            }
        }
        c = b[p];
        if (!(c == ',' || c == ']' || isWhitespace(c)) || digits + fractionDigits > 18 || p - start > maxNumberLength) {
            return Double.NaN;
        }
        final double value;
        if (fractionDigits == 0) {
            value = negative ? -mantissa : mantissa;
        } else if (mantissa < MAX_EXACT_MANTISSA && fractionDigits <= 22) {
            value = negative ? -(mantissa / POWERS_OF_TEN[fractionDigits]) : mantissa / POWERS_OF_TEN[fractionDigits];
        } else {
            return Double.NaN;
        }
        pos = p;
        return value;
    }

    private double anyNumber() throws IOException {
        mark = pos;
        int c = peek();
        boolean negative = c == '-';
        if (negative) {
            pos++;
            c = peek();
        }
        long mantissa = 0;
        int digits = 0;
        if (c == '0') {
            pos++;
            c = peek();
        } else if (c >= '1' && c <= '9') {
            do {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                digits++;
                pos++;
                c = peek();
            } while (c >= '0' && c <= '9');
        } else {
            return Double.NaN;
        }
        boolean integer = true;
        int fractionDigits = 0;
        if (c == '.') {
            integer = false;
            pos++;
            c = peek();
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            do {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    fractionDigits++;
                }
                digits++;
                pos++;
                c = peek();
            } while (c >= '0' && c <= '9');
        }
        int exponent = 0;
        if (c == 'e' || c == 'E') {
            integer = false;
            pos++;
            c = peek();
            boolean negativeExponent = c == '-';
            if (c == '-' || c == '+') {
                pos++;
                c = peek();
            }
            if (c < '0' || c > '9') {
                return Double.NaN;
            }
            do {
                exponent = Math.min(exponent * 10 + (c - '0'), 100_000);
                pos++;
                c = peek();
            } while (c >= '0' && c <= '9');
            exponent = negativeExponent ? -exponent : exponent;
        }
        int length = pos - mark;
        if (length > maxNumberLength || !(c == ',' || c == ']' || isWhitespace(c)) || (integer && digits > 18)) {
            return Double.NaN; // leading zeros ("01"), "1.2.3", integers Jackson may hold as BigInteger, ...
        }
        double value;
        if (integer) {
            value = negative ? -mantissa : mantissa; // as Jackson widens an int or long ("-0" is 0.0)
        } else {
            int power = exponent - fractionDigits;
            if (digits <= 18 && mantissa < MAX_EXACT_MANTISSA && power >= -22 && power <= 22) {
                value = power < 0 ? mantissa / POWERS_OF_TEN[-power] : mantissa * POWERS_OF_TEN[power];
                value = negative ? -value : value;
            } else {
                value = Double.parseDouble(new String(buf, mark, length, StandardCharsets.US_ASCII));
            }
        }
        mark = -1;
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Skips RFC 8259 whitespace; the next byte (not consumed), or {@link #END}. */
    private int skipWhitespace() throws IOException {
        int c = peek();
        while (isWhitespace(c)) {
            pos++;
            c = peek();
        }
        return c;
    }

    /** The byte at {@code pos} (refilling as needed), or {@link #END}; any non-ASCII byte is {@code 0x80+}. */
    private int peek() throws IOException {
        if (pos == end && !refill()) {
            return END;
        }
        return buf[pos] & 0xff;
    }

    /** Reads more bytes, keeping those from {@code mark} (or {@code pos}) on; false at the end of the file. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = mark >= 0 ? mark : pos;
        int kept = end - keep;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // only a number longer than the buffer: rejected later
        } else {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        if (mark >= 0) {
            mark -= keep;
        }
        pos -= keep;
        end = kept;
        int read = in.read(buf, end, buf.length - end);
        if (read <= 0) {
            eof = true;
            return false;
        }
        end += read;
        return true;
    }
}
