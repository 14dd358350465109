package dev.benchproof.io;

import dev.benchproof.BadInputException;
import dev.benchproof.InputBounds;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one arm's episode records, CSV (header row) or JSON Lines, chosen by the file's extension
 * ({@code .csv}; {@code .jsonl} or {@code .ndjson}), into a {@link RunMatrix}.
 *
 * <p>A record has {@code task} (non-blank string), {@code seed} (the run: non-blank string, or integer
 * in JSON Lines), {@code reward} (finite number), and optionally {@code episode} (integer >= 0) and
 * {@code safety_penalty} (finite number, in every record or in none). Any other column or key is an
 * error unless extra columns are ignored. Records stream past into per-(seed, task) sums, so ten
 * million episodes take no more memory than a hundred. Every failure is one
 * {@link BadInputException} line naming file, line, column and rule, e.g.
 * {@code runs.csv:12:9: reward must be a finite number, found "abc"}.
 */
public final class EpisodeRecords {

    /** Column and key names of the contract (schemas/v1/episode-record.schema.json). */
    static final String TASK = "task";
    static final String SEED = "seed";
    static final String REWARD = "reward";
    static final String EPISODE = "episode";
    static final String SAFETY_PENALTY = "safety_penalty";

    /**
     * Bounds that keep a hostile or mistaken file from exhausting time or memory.
     *
     * @param maxFileBytes largest file
     * @param maxLineChars longest line (CSV) or string (JSON Lines)
     * @param maxRecords most episode records
     * @param maxTasks most distinct tasks
     * @param maxSeeds most distinct seeds
     * @param maxCells most (seed, task) pairs
     */
    public record Limits(long maxFileBytes, int maxLineChars, long maxRecords, int maxTasks, int maxSeeds, long maxCells) {

        /** 16 GiB, 64 KiB lines, a billion records, 10,000 tasks and seeds, a million pairs. */
        public static final Limits DEFAULT = new Limits(16L << 30, 1 << 16, 1_000_000_000L, 10_000, 10_000, 1_000_000);

        public Limits {
            if (maxFileBytes < 1 || maxLineChars < 16 || maxRecords < 1 || maxTasks < 1 || maxSeeds < 1 || maxCells < 1) {
                throw new IllegalArgumentException("limits must be positive (lines at least 16 characters)");
            }
        }
    }

    /** What to do with columns the contract does not know. */
    public enum ExtraColumns {
        REJECT, IGNORE
    }

    private EpisodeRecords() {
    }

    /** {@link #read(Path, ExtraColumns, Limits)} with the default limits. */
    public static RunMatrix read(Path file, ExtraColumns extra) {
        return read(file, extra, Limits.DEFAULT);
    }

    /**
     * Reads {@code file} into its score matrix.
     *
     * @throws BadInputException for an unknown extension, an unreadable file, a bad record, or a seed
     *     without episodes of some task
     */
    public static RunMatrix read(Path file, ExtraColumns extra, Limits limits) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvEpisodes.read(file, extra, limits);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JsonLinesEpisodes.read(file, extra, limits);
        }
        throw new BadInputException(file + ": episode records must be a .csv, .jsonl or .ndjson file");
    }

    /** Largest accepted magnitude, as for sample vectors: no sum of them can overflow. */
    static void checkFinite(double value, String where, String column, String found) {
        if (!Double.isFinite(value)) {
            throw new BadInputException(where + ": " + column + " must be a finite number" + found);
        }
        if (Math.abs(value) > InputBounds.MAX_MAGNITUDE) {
            throw new BadInputException(where + ": " + column + " is out of range: its magnitude must be at most "
                    + InputBounds.MAX_MAGNITUDE_TEXT);
        }
    }
}
