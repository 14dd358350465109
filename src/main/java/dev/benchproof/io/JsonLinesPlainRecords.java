package dev.benchproof.io;

import dev.benchproof.BadInputException;
import dev.benchproof.InputBounds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The fast path of {@link JsonLinesEpisodes}: a file of plain records read from their UTF-8 bytes,
 * without a token stream. A plain record is one flat object on one line whose keys are distinct and
 * unescaped, whose values are unescaped strings or numbers, and whose task and seed hold a
 * printable ASCII character; spaces and tabs may surround its tokens. Any other line, any
 * unreadable byte, or no record at all, and the whole file is declined: {@link JsonLinesEpisodes}
 * then reads it from the start with the strict parser, which alone reports errors. So a file gives
 * the same matrix, or the same error, whichever path reads it.
 *
 * <p>Numbers convert as Jackson converts them for {@code getDoubleValue()}: a decimal with a
 * mantissa below 2^53 and at most 22 fraction digits is one correctly rounded division, any other
 * number {@link Double#parseDouble}, both the correctly rounded value. (The parser reads {@code -0}
 * as the integer 0 where this reads -0.0; the sums of a cell start at +0.0, so no mean can tell.)
 */
final class JsonLinesPlainRecords {

    /** Longer numbers are left to the strict parser and its number-length limit. */
    private static final int MAX_NUMBER_CHARS = 100;
    private static final int MAX_UNKNOWN_KEYS = 8;

    private final String source;
    private final EpisodeRecords.ExtraColumns extra;
    private final EpisodeRecords.Limits limits;
    private final RecentName tasks = new RecentName();
    private final RecentName seeds = new RecentName();
    private final int[] unknownStarts = new int[MAX_UNKNOWN_KEYS];
    private final int[] unknownEnds = new int[MAX_UNKNOWN_KEYS];
    private byte[] b;
    private int p;
    private int end;
    // The current record's values, set by record().
    private String task;
    private String seed;
    private double reward;
    private double safety;
    // The last number scanned, set by number(): no fraction or exponent; its value when converted there, else NaN.
    private boolean integral;
    private double scannedValue;

    private JsonLinesPlainRecords(String source, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits) {
        this.source = source;
        this.extra = extra;
        this.limits = limits;
    }

    /**
     * The score matrix of {@code file}, or null when the file is not all plain records. A limit of
     * {@code limits} crossed by plain records is reported here, as the strict parser would.
     */
    static RunMatrix tryRead(Path file, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits) {
        JsonLinesPlainRecords reader = new JsonLinesPlainRecords(file.toString(), extra, limits);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > limits.maxFileBytes()) {
                return null;
            }
            try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(file))) {
                return reader.read(new ByteLines(in, reader.source, limits.maxLineChars()));
            }
        } catch (IOException e) { // malformed UTF-8 included: the strict parser names it
            return null;
        }
    }

    private RunMatrix read(ByteLines lines) throws IOException {
        RunCells cells = new RunCells(source, limits);
        int withSafety = -1; // unknown until the first record, then 0 or 1 for every record
        while (true) {
            try {
                if (!lines.advance()) {
                    break;
                }
            } catch (BadInputException lineTooLong) {
                return null; // the strict parser has its own rule for long lines
            }
            b = lines.bytes();
            p = lines.offset();
            end = p + lines.length();
            if (lines.length() > limits.maxLineChars() || !record()) {
                return null;
            }
            boolean hasSafety = !Double.isNaN(safety);
            if (withSafety < 0) {
                withSafety = hasSafety ? 1 : 0;
            } else if (withSafety != (hasSafety ? 1 : 0)) {
                return null;
            }
            cells.add(task, seed, reward, hasSafety ? safety : 0, lines.number());
        }
        return withSafety < 0 ? null : cells.toMatrix(withSafety == 1);
    }

    /** Reads the line as one plain record into the current values; false when it is not one. */
    private boolean record() {
        task = null;
        seed = null;
        reward = Double.NaN;
        safety = Double.NaN;
        int unknown = 0;
        boolean episode = false;
        boolean hasReward = false;
        if (!takeAfterSpaces('{')) {
            return false;
        }
        do {
            skipSpaces();
            int keyStart = p + 1;
            int keyEnd = string();
            if (keyEnd < 0) {
                return false;
            }
            if (!takeAfterSpaces(':')) {
                return false;
            }
            skipSpaces();
            int valueStart = p;
            boolean isString = p < end && b[p] == '"';
            int valueEnd = isString ? string() : number();
            if (valueEnd < 0) {
                return false;
            }
            switch (key(keyStart, keyEnd)) {
                case TASK -> {
                    if (task != null || !isString || (task = tasks.of(b, valueStart + 1, valueEnd)) == null) {
                        return false;
                    }
                }
                case SEED -> {
                    if (seed != null || (!isString && !integral)) {
                        return false;
                    }
                    seed = isString ? seeds.of(b, valueStart + 1, valueEnd) : seeds.of(b, valueStart, valueEnd);
                    if (seed == null) {
                        return false;
                    }
                }
                case REWARD -> {
                    if (hasReward || isString || Double.isNaN(reward = value(valueStart, valueEnd))) {
                        return false;
                    }
                    hasReward = true;
                }
                case SAFETY_PENALTY -> {
                    if (!Double.isNaN(safety) || isString || Double.isNaN(safety = value(valueStart, valueEnd))) {
                        return false;
                    }
                }
                case EPISODE -> {
                    if (episode || isString || !integral || b[valueStart] == '-'
                            || valueEnd - valueStart > 18) {
                        return false;
                    }
                    episode = true;
                }
                default -> {
                    if (extra == EpisodeRecords.ExtraColumns.REJECT || unknown == MAX_UNKNOWN_KEYS
                            || seenUnknown(keyStart, keyEnd, unknown)) {
                        return false;
                    }
                    unknownStarts[unknown] = keyStart;
                    unknownEnds[unknown++] = keyEnd;
                }
            }
        } while (takeAfterSpaces(','));
        if (!take('}')) {
            return false;
        }
        skipSpaces();
        return p == end && task != null && seed != null && hasReward;
    }

    private enum Key { TASK, SEED, REWARD, SAFETY_PENALTY, EPISODE, OTHER }

    private static final KeyName TASK = new KeyName(EpisodeRecords.TASK);
    private static final KeyName SEED = new KeyName(EpisodeRecords.SEED);
    private static final KeyName REWARD = new KeyName(EpisodeRecords.REWARD);
    private static final KeyName EPISODE = new KeyName(EpisodeRecords.EPISODE);
    private static final KeyName SAFETY_PENALTY = new KeyName(EpisodeRecords.SAFETY_PENALTY);

    /** A key's bytes and, for a key of at most eight, those bytes as one word with the mask of its length. */
    private static final class KeyName {
        final byte[] bytes;
        final long word;
        final long mask;

        KeyName(String name) {
            bytes = name.getBytes(StandardCharsets.US_ASCII);
            long w = 0;
            for (int i = Math.min(bytes.length, Long.BYTES) - 1; i >= 0; i--) {
                w = (w << 8) | bytes[i];
            }
            word = w;
            mask = bytes.length >= Long.BYTES ? -1L : (1L << (8 * bytes.length)) - 1;
        }
    }

    private Key key(int start, int stop) {
        return switch (stop - start) {
            case 4 -> matches(start, TASK) ? Key.TASK : matches(start, SEED) ? Key.SEED : Key.OTHER;
            case 6 -> matches(start, REWARD) ? Key.REWARD : Key.OTHER;
            case 7 -> matches(start, EPISODE) ? Key.EPISODE : Key.OTHER;
            case 14 -> matches(start, SAFETY_PENALTY) ? Key.SAFETY_PENALTY : Key.OTHER;
            default -> Key.OTHER;
        };
    }

    /** Whether the key's bytes at {@code start} (of the key's length, already checked) are {@code name}. */
    private boolean matches(int start, KeyName name) {
        if (name.bytes.length <= Long.BYTES && start + Long.BYTES <= b.length) { // one comparison of words
            return ((ByteWords.at(b, start) ^ name.word) & name.mask) == 0;
        }
        for (int i = 0; i < name.bytes.length; i++) {
            if (b[start + i] != name.bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean seenUnknown(int start, int stop, int count) {
        for (int i = 0; i < count; i++) {
            if (Arrays.equals(b, start, stop, b, unknownStarts[i], unknownEnds[i])) {
                return true;
            }
        }
        return false;
    }

    private void skipSpaces() {
        while (p < end && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
    }

    /** Skips spaces and tabs, then takes {@code c}; reads each byte once. */
    private boolean takeAfterSpaces(char c) {
        while (p < end) {
            byte next = b[p++];
            if (next == c) {
                return true;
            }
            if (next != ' ' && next != '\t') {
                p--;
                return false;
            }
        }
        return false;
    }

    private boolean take(char c) {
        if (p < end && b[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /** Skips a string without escapes or control characters; the index of its closing quote, or -1. */
    private int string() {
        if (!take('"')) {
            return -1;
        }
        while (p + Long.BYTES <= end) { // eight bytes at a time up to the first quote, backslash or control character
            final long special = ByteWords.quoteBackslashOrControl(ByteWords.at(b, p));
            if (special != 0) {
                p += Long.numberOfTrailingZeros(special) >>> 3;
                return b[p] == '"' ? p++ : -1;
            }
            p += Long.BYTES;
        }
        while (p < end) {
            byte c = b[p];
            if (c == '"') {
                return p++;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return -1;
            }
            p++;
        }
        return -1;
    }

    /**
     * Skips an RFC 8259 number; its end, or -1. On the way it sets {@link #integral} and converts a
     * plain decimal as {@link CsvPlainRecords#decimal} would ({@link #scannedValue}), so no digit is
     * read twice.
     */
    private int number() {
        int start = p;
        final boolean negative = take('-');
        long mantissa = 0;
        int digits = 0;
        if (!take('0')) { // a single zero has no digit in the mantissa, and no digit may follow it
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                mantissa = mantissa * 10 + (b[p++] - '0');
                digits++;
            }
            if (digits == 0) {
                return -1;
            }
        }
        int fractionDigits = 0;
        integral = true;
        if (take('.')) {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                mantissa = mantissa * 10 + (b[p++] - '0');
                fractionDigits++;
            }
            if (fractionDigits == 0) {
                return -1;
            }
            integral = false;
        }
        scannedValue = CsvPlainRecords.decimalValue(negative, mantissa, digits, fractionDigits);
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (!take('+')) {
                take('-');
            }
            int exponentStart = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == exponentStart) {
                return -1;
            }
            integral = false;
            scannedValue = Double.NaN;
        }
        boolean separated = p == end || b[p] == ',' || b[p] == '}' || b[p] == ' ' || b[p] == '\t';
        return separated && p - start <= MAX_NUMBER_CHARS ? p : -1;
    }

    /** The number just scanned from {@code start} to {@code stop}, finite and within the input bound, as the strict parser reads it; NaN to decline. */
    private double value(int start, int stop) {
        double value = scannedValue;
        if (Double.isNaN(value)) { // an exponent or more than 18 digits
            value = Double.parseDouble(new String(b, start, stop - start, StandardCharsets.US_ASCII));
        }
        return Double.isFinite(value) && Math.abs(value) <= InputBounds.MAX_MAGNITUDE ? value : Double.NaN;
    }
}
