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
        Boolean withSafety = null;
        while (true) {
            try {
                if (!lines.advance()) {
                    break;
                }
            } catch (BadInputException lineTooLong) {
                return null; // the strict parser has its own rule for long lines
            }
            b = lines.bytes();
            end = lines.length();
            p = 0;
            if (end > limits.maxLineChars() || !record()) {
                return null;
            }
            boolean hasSafety = !Double.isNaN(safety);
            if (withSafety == null) {
                withSafety = hasSafety;
            } else if (withSafety != hasSafety) {
                return null;
            }
            cells.add(task, seed, reward, hasSafety ? safety : 0, lines.number());
        }
        return withSafety == null ? null : cells.toMatrix(withSafety);
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
        skipSpaces();
        if (!take('{')) {
            return false;
        }
        do {
            skipSpaces();
            int keyStart = p + 1;
            int keyEnd = string();
            if (keyEnd < 0) {
                return false;
            }
            skipSpaces();
            if (!take(':')) {
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
                    if (seed != null || (!isString && !isInteger(valueStart, valueEnd))) {
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
                    if (episode || isString || !isInteger(valueStart, valueEnd) || b[valueStart] == '-'
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
            skipSpaces();
        } while (take(','));
        if (!take('}')) {
            return false;
        }
        skipSpaces();
        return p == end && task != null && seed != null && hasReward;
    }

    private enum Key { TASK, SEED, REWARD, SAFETY_PENALTY, EPISODE, OTHER }

    private Key key(int start, int stop) {
        return switch (stop - start) {
            case 4 -> matches(start, EpisodeRecords.TASK) ? Key.TASK : matches(start, EpisodeRecords.SEED) ? Key.SEED : Key.OTHER;
            case 6 -> matches(start, EpisodeRecords.REWARD) ? Key.REWARD : Key.OTHER;
            case 7 -> matches(start, EpisodeRecords.EPISODE) ? Key.EPISODE : Key.OTHER;
            case 14 -> matches(start, EpisodeRecords.SAFETY_PENALTY) ? Key.SAFETY_PENALTY : Key.OTHER;
            default -> Key.OTHER;
        };
    }

    private boolean matches(int start, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (b[start + i] != name.charAt(i)) {
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

    /** Skips an RFC 8259 number; its end, or -1. */
    private int number() {
        int start = p;
        take('-');
        if (take('0')) {
            // a single zero: no digits may follow
        } else if (!digits()) {
            return -1;
        }
        if (take('.') && !digits()) {
            return -1;
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (!take('+')) {
                take('-');
            }
            if (!digits()) {
                return -1;
            }
        }
        boolean separated = p == end || b[p] == ',' || b[p] == '}' || b[p] == ' ' || b[p] == '\t';
        return separated && p - start <= MAX_NUMBER_CHARS ? p : -1;
    }

    private boolean digits() {
        int start = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p > start;
    }

    private boolean isInteger(int start, int stop) {
        for (int i = start; i < stop; i++) {
            if (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
                return false;
            }
        }
        return true;
    }

    /** A finite number within the input bound, as the strict parser reads it; NaN to decline. */
    private double value(int start, int stop) {
        double value = CsvPlainRecords.decimal(b, start, stop);
        if (Double.isNaN(value)) { // an exponent or more than 18 digits
            value = Double.parseDouble(new String(b, start, stop - start, StandardCharsets.US_ASCII));
        }
        return Double.isFinite(value) && Math.abs(value) <= InputBounds.MAX_MAGNITUDE ? value : Double.NaN;
    }
}
