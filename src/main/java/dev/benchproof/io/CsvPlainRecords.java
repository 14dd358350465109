package dev.benchproof.io;

/**
 * The fast path of {@link CsvEpisodes}: a record line read straight from its UTF-8 bytes, without a
 * string per line or per field, when the line is plain: no quotes, no control characters, the
 * header's number of fields, a printable ASCII character in the task and seed, and numbers of the
 * form {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} with at most 18 digits. Anything else is declined, and
 * {@link CsvEpisodes} reads that line the general way, which alone reports errors; so a line gives
 * the same values, or the same error, whichever path reads it.
 *
 * <p>Values are exact: an integer is widened from a long, and a decimal with a mantissa below
 * 2^53 and at most 22 fraction digits is one correctly rounded division by an exact power of ten,
 * which is what {@link Double#parseDouble} returns for the same text. Task and seed names go
 * through {@link RecentName}.
 */
final class CsvPlainRecords {

    static final int NONE = -1;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private final int width;
    private final int task;
    private final int seed;
    private final int reward;
    private final int episode;
    private final int safety;
    private final int maxLineChars;
    private final int[] starts;
    private final int[] ends;
    private final RecentName lastTask = new RecentName();
    private final RecentName lastSeed = new RecentName();

    /** Column indexes from 0 ({@link #NONE} for an absent optional column) and the header's field count. */
    CsvPlainRecords(int width, int task, int seed, int reward, int episode, int safety, int maxLineChars) {
        this.width = width;
        this.task = task;
        this.seed = seed;
        this.reward = reward;
        this.episode = episode;
        this.safety = safety;
        this.maxLineChars = maxLineChars;
        this.starts = new int[width];
        this.ends = new int[width];
    }

    /**
     * Adds the record in {@code line[offset, offset + length)} (line end removed) to {@code cells} and
     * returns true, or returns false, having added nothing, when the line is not plain.
     */
    boolean add(byte[] line, int offset, int length, long number, RunCells cells) {
        if (length == 0 || length > maxLineChars || !split(line, offset, offset + length)) {
            return false;
        }
        double rewardValue = decimal(line, starts[reward], ends[reward]);
        double safetyValue = safety == NONE ? 0 : decimal(line, starts[safety], ends[safety]);
        if (Double.isNaN(rewardValue) || Double.isNaN(safetyValue)
                || (episode != NONE && !episodeNumber(line, starts[episode], ends[episode]))) {
            return false;
        }
        String taskName = lastTask.of(line, starts[task], ends[task]);
        String seedName = taskName == null ? null : lastSeed.of(line, starts[seed], ends[seed]);
        if (seedName == null) {
            return false;
        }
        cells.add(taskName, seedName, rewardValue, safetyValue, number);
        return true;
    }

    /** Field bounds into {@code starts} and {@code ends}; false for a quote, a control character or another field count. */
    private boolean split(byte[] line, int from, int to) {
        int field = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if (c == ',') {
                if (field == width - 1) {
                    return false;
                }
                starts[field] = start;
                ends[field++] = i;
                start = i + 1;
            } else if (c == '"' || (c >= 0 && c < 0x20 && c != '\t')) {
                return false;
            }
        }
        if (field != width - 1) {
            return false;
        }
        starts[field] = start;
        ends[field] = to;
        return true;
    }

    /** The value of a plain decimal filling {@code [start, end)}, or NaN. */
    static double decimal(byte[] b, int start, int end) {
        int p = start;
        boolean negative = p < end && b[p] == '-';
        if (negative) {
            p++;
        }
        if (p == end) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        if (b[p] == '0') {
            p++;
        } else {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                mantissa = mantissa * 10 + (b[p++] - '0');
                digits++;
            }
            if (digits == 0) {
                return Double.NaN;
            }
        }
        int fractionDigits = 0;
        if (p < end && b[p] == '.') {
            p++;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                mantissa = mantissa * 10 + (b[p++] - '0');
                fractionDigits++;
            }
            if (fractionDigits == 0) {
                return Double.NaN;
            }
        }
        return p != end ? Double.NaN : decimalValue(negative, mantissa, digits, fractionDigits);
    }

    /**
     * The value of a decimal already scanned: {@code mantissa} holds its integer digits (none for a
     * leading zero) and then its fraction digits. NaN when it is not converted exactly here: more
     * than 18 digits, or a mantissa of 2^53 or more with a fraction.
     */
    static double decimalValue(boolean negative, long mantissa, int digits, int fractionDigits) {
        if (digits + fractionDigits > 18) {
            return Double.NaN;
        }
        double value;
        if (fractionDigits == 0) {
            value = mantissa;
        } else if (mantissa < MAX_EXACT_MANTISSA) {
            value = mantissa / POWERS_OF_TEN[fractionDigits];
        } else {
            return Double.NaN;
        }
        return negative ? -value : value; // "-0" and "-0.0" are -0.0, as Double.parseDouble gives
    }

    /** An episode number as the general path accepts it: 1 to 18 digits, no leading zero. */
    private static boolean episodeNumber(byte[] b, int start, int end) {
        int length = end - start;
        if (length == 0 || length > 18 || (length > 1 && b[start] == '0')) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
