package dev.benchproof.io;

import dev.benchproof.BadInputException;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Episode records as JSON Lines: one JSON object per line (schemas/v1/episode-record.schema.json),
 * read by one streaming parser with every rule of {@link StrictJsonReader} (duplicate keys, NaN,
 * trailing commas, malformed UTF-8 ...). The line structure is checked from token locations: a
 * record starts on the line after the previous one ends and ends on the line it starts, so two
 * records on one line, a record across lines and blank lines are all errors.
 */
final class JsonLinesEpisodes {

    private JsonLinesEpisodes() {
    }

    static RunMatrix read(Path file, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits) {
        return read(file, extra, limits, true);
    }

    /**
     * As {@link #read(Path, EpisodeRecords.ExtraColumns, EpisodeRecords.Limits)}; {@code fastPath}
     * false reads the file with the strict parser even when its records are plain (tests compare the two).
     */
    static RunMatrix read(Path file, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits, boolean fastPath) {
        RunMatrix plain = fastPath ? JsonLinesPlainRecords.tryRead(file, extra, limits) : null;
        if (plain != null) {
            return plain;
        }
        StrictJsonReader reader = StrictJsonReader.DEFAULT.withLimits(new StrictJsonReader.Limits(limits.maxFileBytes(),
                StrictJsonReader.Limits.DEFAULT.maxNestingDepth(), limits.maxLineChars(),
                StrictJsonReader.Limits.DEFAULT.maxNumberLength(), 2));
        return reader.parse(file, (parser, source) -> records(parser, source, extra, limits));
    }

    private static RunMatrix records(JsonParser parser, String source, EpisodeRecords.ExtraColumns extra,
                                     EpisodeRecords.Limits limits) {
        RunCells cells = new RunCells(source, limits);
        Boolean withSafety = null;
        long previousLine = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            TokenStreamLocation start = parser.currentTokenLocation();
            long line = start.getLineNr();
            if (token != JsonToken.START_OBJECT) {
                throw new BadInputException(JsonErrors.at(source, start, "each line must be one JSON object (an episode record)"));
            }
            if (line == previousLine) {
                throw new BadInputException(JsonErrors.at(source, start, "a second record on the same line"));
            }
            if (line != previousLine + 1) {
                throw new BadInputException(source + ":" + (previousLine + 1) + ":1: blank line: every line is one record");
            }
            Record record = record(parser, source, extra, start);
            if (parser.currentTokenLocation().getLineNr() != line) {
                throw new BadInputException(JsonErrors.at(source, parser.currentTokenLocation(),
                        "a record must end on the line it starts on"));
            }
            boolean hasSafety = !Double.isNaN(record.safety);
            if (withSafety == null) {
                withSafety = hasSafety;
            } else if (withSafety != hasSafety) {
                throw new BadInputException(JsonErrors.at(source, start, withSafety
                        ? "safety_penalty is missing: line 1 has one, so every record needs one"
                        : "safety_penalty is present but line 1 has none: in every record or in none"));
            }
            cells.add(record.task, record.seed, record.reward, hasSafety ? record.safety : 0, line);
            previousLine = line;
        }
        if (previousLine == 0) {
            throw new BadInputException(source + ": no episode records");
        }
        return cells.toMatrix(withSafety);
    }

    /** One record's values; {@code safety} is NaN when absent. */
    private record Record(String task, String seed, double reward, double safety) {
    }

    private static Record record(JsonParser parser, String source, EpisodeRecords.ExtraColumns extra, TokenStreamLocation start) {
        String task = null;
        String seed = null;
        double reward = Double.NaN;
        boolean hasReward = false;
        double safety = Double.NaN;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            TokenStreamLocation keyAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            TokenStreamLocation at = parser.currentTokenLocation();
            switch (name) {
                case EpisodeRecords.TASK -> task = string(parser, value, source, at, name, false);
                case EpisodeRecords.SEED -> seed = string(parser, value, source, at, name, true);
                case EpisodeRecords.REWARD -> {
                    reward = number(parser, value, source, at, name);
                    hasReward = true;
                }
                case EpisodeRecords.SAFETY_PENALTY -> safety = number(parser, value, source, at, name);
                case EpisodeRecords.EPISODE -> episode(parser, value, source, at);
                default -> {
                    if (extra == EpisodeRecords.ExtraColumns.REJECT) {
                        throw new BadInputException(JsonErrors.at(source, keyAt, "unknown key \"" + JsonErrors.echo(name)
                                + "\" (expected task, seed, reward, episode, safety_penalty; --ignore-extra-columns skips others)"));
                    }
                    parser.skipChildren();
                }
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token);
        }
        String missing = task == null ? EpisodeRecords.TASK : seed == null ? EpisodeRecords.SEED : !hasReward ? EpisodeRecords.REWARD : null;
        if (missing != null) {
            throw new BadInputException(JsonErrors.at(source, start, "record lacks the required key \"" + missing + "\""));
        }
        return new Record(task, seed, reward, safety);
    }

    private static String string(JsonParser parser, JsonToken value, String source, TokenStreamLocation at, String name,
                                 boolean integerAllowed) {
        if (integerAllowed && value == JsonToken.VALUE_NUMBER_INT) {
            // The run's name: 7 and "7" are one run, as they are in CSV, which has no types.
            return parser.getString();
        }
        if (value != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
            throw new BadInputException(JsonErrors.at(source, at, name + " must be a non-blank string"
                    + (integerAllowed ? " or an integer" : "")));
        }
        return parser.getString();
    }

    private static double number(JsonParser parser, JsonToken value, String source, TokenStreamLocation at, String name) {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new BadInputException(JsonErrors.at(source, at, name + " must be a finite number"));
        }
        double d = parser.getDoubleValue();
        EpisodeRecords.checkFinite(d, source + ":" + at.getLineNr() + ":" + at.getColumnNr(), name, "");
        return d;
    }

    private static void episode(JsonParser parser, JsonToken value, String source, TokenStreamLocation at) {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < 0) {
            throw new BadInputException(JsonErrors.at(source, at, "episode must be an integer >= 0"));
        }
    }
}
