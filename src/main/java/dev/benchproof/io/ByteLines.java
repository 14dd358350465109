package dev.benchproof.io;

import dev.benchproof.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of at most {@code max} characters, UTF-8, without their line end ({@code \n} or
 * {@code \r\n}), as bytes or as text. Reads the stream in blocks itself: a per-byte {@code read()}
 * costs a lock and a call for each of hundreds of millions of bytes.
 */
final class ByteLines {
    private final InputStream in;
    private final String source;
    private final int max;
    private final byte[] block = new byte[1 << 16];
    private int position;
    private int limit;
    /** Where a line that spans two blocks is put together. */
    private byte[] joined = new byte[256];
    /** The current line: in the block when it lies within it (no copy), else in {@link #joined}. */
    private byte[] line;
    private int offset;
    private int length;
    private long number;

    ByteLines(InputStream in, String source, int max) {
        this.in = in;
        this.source = source;
        this.max = max;
    }

    long number() {
        return number;
    }

    /** The next line, or null at the end of the input. */
    String next() throws IOException {
        return advance() ? text() : null;
    }

    /**
     * Reads the next line ({@link #bytes()} from {@link #offset()}, {@link #length()} bytes); false at
     * the end of the input. The line stays valid until the next call.
     */
    boolean advance() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        number++;
        int start = position;
        int lineFeed = ByteWords.indexOfLineFeed(block, start, limit);
        if (lineFeed < limit) { // the common case: the whole line is in the block, and is used there
            checkLength(lineFeed - start);
            position = lineFeed + 1;
            setLine(block, start, lineFeed - start);
            return true;
        }
        int length = 0;
        while (true) {
            int chunk = lineFeed - start;
            checkLength(length + chunk);
            if (length + chunk > joined.length) {
                joined = java.util.Arrays.copyOf(joined, Math.max(2 * joined.length, length + chunk));
            }
            System.arraycopy(block, start, joined, length, chunk);
            length += chunk;
            position = lineFeed;
            if (position < limit) {
                position++; // the line feed
                break;
            }
            if (!fill()) {
                break;
            }
            start = 0;
            lineFeed = ByteWords.indexOfLineFeed(block, 0, limit);
        }
        setLine(joined, 0, length);
        return true;
    }

    private void checkLength(long bytes) {
        if (bytes > 4L * max) {
            throw new BadInputException(source + ":" + number + ": line longer than " + max + " characters");
        }
    }

    /** The line without its carriage return, if it has one. */
    private void setLine(byte[] bytes, int from, int count) {
        line = bytes;
        offset = from;
        length = count > 0 && bytes[from + count - 1] == '\r' ? count - 1 : count;
    }

    byte[] bytes() {
        return line;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    /** The current line as text, checked for length and, on line 1, a byte order mark. */
    String text() {
        String text = new String(line, offset, length, StandardCharsets.UTF_8);
        if (text.length() > max) {
            throw new BadInputException(source + ":" + number + ": line longer than " + max + " characters");
        }
        if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw new BadInputException(source + ":1:1: byte order mark: the file must be plain UTF-8");
        }
        return text;
    }

    private boolean fill() throws IOException {
        int n = in.read(block, 0, block.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
