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
    private byte[] line = new byte[256];
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

    /** Reads the next line's bytes ({@link #bytes()}, {@link #length()}); false at the end of the input. */
    boolean advance() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        number++;
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            int start = position;
            while (position < limit && block[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (length + chunk > 4L * max) {
                throw new BadInputException(source + ":" + number + ": line longer than " + max + " characters");
            }
            if (length + chunk > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(2 * line.length, length + chunk));
            }
            System.arraycopy(block, start, line, length, chunk);
            length += chunk;
            if (position < limit) {
                position++; // the line feed
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        this.length = length;
        return true;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** The current line as text, checked for length and, on line 1, a byte order mark. */
    String text() {
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
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
