package dev.benchproof.io;

import dev.benchproof.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Episode records as CSV: RFC 4180 with a header row naming the columns in any order, comma
 * separated, {@code \n} or {@code \r\n} line ends, fields optionally in double quotes ({@code ""}
 * for a quote; no line breaks inside). Numbers use the JSON number grammar, so {@code NaN},
 * {@code 1e}, {@code 0x1p3} and {@code .5} are errors rather than guesses. Columns count from 1.
 */
final class CsvEpisodes {

    private static final int NONE = -1;

    private CsvEpisodes() {
    }

    static RunMatrix read(Path file, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits) {
        return read(file, extra, limits, true);
    }

    /**
     * As {@link #read(Path, EpisodeRecords.ExtraColumns, EpisodeRecords.Limits)}; {@code fastPath}
     * false reads every line the general way (tests compare the two).
     */
    static RunMatrix read(Path file, EpisodeRecords.ExtraColumns extra, EpisodeRecords.Limits limits, boolean fastPath) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new BadInputException(source + ": is a directory, not a file");
        }
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new BadInputException(source + ": larger than the limit of " + limits.maxFileBytes() + " bytes");
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(source + ": file not found", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read file (" + e.getMessage() + ")", e);
        }
        try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(file))) {
            return parse(in, source, extra, limits, fastPath);
        } catch (Utf8CheckingInputStream.MalformedUtf8Exception e) {
            throw new BadInputException(source + ":" + e.line + ":" + e.column + ": " + e.rule, e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(source + ": permission denied", e);
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read file (" + e.getMessage() + ")", e);
        }
    }

    /** Column positions of the header, {@link #NONE} when absent. */
    private record Header(int width, int task, int seed, int reward, int episode, int safety) {
    }

    private static RunMatrix parse(InputStream in, String source, EpisodeRecords.ExtraColumns extra,
                                   EpisodeRecords.Limits limits, boolean fastPath) throws IOException {
        ByteLines lines = new ByteLines(in, source, limits.maxLineChars());
        String headerLine = lines.next();
        if (headerLine == null) {
            throw new BadInputException(source + ": empty file: a header row (task,seed,reward) is required");
        }
        List<String> fields = new ArrayList<>();
        int[] starts = new int[16];
        starts = split(headerLine, source, 1, fields, starts);
        Header header = header(fields, starts, source, extra);
        RunCells cells = new RunCells(source, limits);
        CsvPlainRecords plain = fastPath ? new CsvPlainRecords(header.width(), header.task(), header.seed(),
                header.reward(), header.episode(), header.safety(), limits.maxLineChars()) : null;
        while (lines.advance()) {
            long n = lines.number();
            if (plain != null && plain.add(lines.bytes(), lines.offset(), lines.length(), n, cells)) {
                continue;
            }
            String line = lines.text();
            if (line.isEmpty()) {
                throw new BadInputException(source + ":" + n + ":1: blank line: every line after the header is one record");
            }
            starts = split(line, source, n, fields, starts);
            if (fields.size() != header.width()) {
                throw new BadInputException(source + ":" + n + ":1: record has " + fields.size() + " fields, the header "
                        + header.width());
            }
            String task = nonBlank(fields, starts, header.task(), source, n, EpisodeRecords.TASK);
            String seed = nonBlank(fields, starts, header.seed(), source, n, EpisodeRecords.SEED);
            double reward = number(fields, starts, header.reward(), source, n, EpisodeRecords.REWARD);
            double safety = header.safety() == NONE ? 0
                    : number(fields, starts, header.safety(), source, n, EpisodeRecords.SAFETY_PENALTY);
            if (header.episode() != NONE) {
                episode(fields, starts, header.episode(), source, n);
            }
            cells.add(task, seed, reward, safety, n);
        }
        return cells.toMatrix(header.safety() != NONE);
    }

    private static Header header(List<String> names, int[] starts, String source, EpisodeRecords.ExtraColumns extra) {
        java.util.Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = source + ":1:" + starts[i];
            boolean known = switch (name) {
                case EpisodeRecords.TASK, EpisodeRecords.SEED, EpisodeRecords.REWARD, EpisodeRecords.EPISODE,
                     EpisodeRecords.SAFETY_PENALTY -> true;
                default -> false;
            };
            if (!known && extra == EpisodeRecords.ExtraColumns.REJECT) {
                throw new BadInputException(at + ": unknown column \"" + name
                        + "\" (expected task, seed, reward, episode, safety_penalty; --ignore-extra-columns skips others)");
            }
            if (known && columns.putIfAbsent(name, i) != null) {
                throw new BadInputException(at + ": duplicate column \"" + name + "\"");
            }
        }
        for (String required : List.of(EpisodeRecords.TASK, EpisodeRecords.SEED, EpisodeRecords.REWARD)) {
            if (!columns.containsKey(required)) {
                throw new BadInputException(source + ":1:1: header lacks the required column \"" + required + "\"");
            }
        }
        return new Header(names.size(), columns.get(EpisodeRecords.TASK), columns.get(EpisodeRecords.SEED),
                columns.get(EpisodeRecords.REWARD), columns.getOrDefault(EpisodeRecords.EPISODE, NONE),
                columns.getOrDefault(EpisodeRecords.SAFETY_PENALTY, NONE));
    }

    private static String nonBlank(List<String> fields, int[] starts, int i, String source, long line, String column) {
        String value = fields.get(i);
        if (value.isBlank()) {
            throw new BadInputException(source + ":" + line + ":" + starts[i] + ": " + column + " must be a non-blank string");
        }
        return value;
    }

    private static double number(List<String> fields, int[] starts, int i, String source, long line, String column) {
        String text = fields.get(i);
        String where = source + ":" + line + ":" + starts[i];
        if (!isJsonNumber(text)) {
            throw new BadInputException(where + ": " + column + " must be a finite number, found \"" + echo(text) + "\"");
        }
        double value = Double.parseDouble(text);
        EpisodeRecords.checkFinite(value, where, column, ", found \"" + echo(text) + "\"");
        return value;
    }

    private static void episode(List<String> fields, int[] starts, int i, String source, long line) {
        String text = fields.get(i);
        boolean digits = !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && (text.length() == 1 || text.charAt(0) != '0');
        if (!digits) {
            throw new BadInputException(source + ":" + line + ":" + starts[i] + ": episode must be an integer >= 0, found \""
                    + echo(text) + "\"");
        }
    }

    /** RFC 8259's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n && n <= 1000;
    }

    private static String echo(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /**
     * Splits one line into {@code fields}; {@code starts} receives each field's 1-based column and is
     * returned (grown if needed).
     */
    static int[] split(String line, String source, long lineNumber, List<String> fields, int[] starts) {
        fields.clear();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (fields.size() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[fields.size()] = i + 1;
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                int open = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadInputException(source + ":" + lineNumber + ":" + (open + 1)
                                + ": unterminated quoted field (line breaks inside quotes are not allowed)");
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new BadInputException(source + ":" + lineNumber + ":" + (i + 1)
                            + ": a closing quote must end its field");
                }
            } else {
                int start = i;
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i);
                    if (c == '"') {
                        throw new BadInputException(source + ":" + lineNumber + ":" + (i + 1)
                                + ": a quote inside an unquoted field (quote the whole field)");
                    }
                    if (c < 0x20 && c != '\t') {
                        throw new BadInputException(source + ":" + lineNumber + ":" + (i + 1) + ": control character U+"
                                + String.format(java.util.Locale.ROOT, "%04X", (int) c));
                    }
                    i++;
                }
                field.append(line, start, i);
            }
            fields.add(field.toString());
            if (i >= n) {
                return starts;
            }
            i++; // the comma
        }
    }
}
