package dev.benchproof.cli;

import dev.benchproof.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands files and directories into the JSON files to look at, directories walked in sorted order. */
final class JsonFiles {

    private JsonFiles() {
    }

    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(walk(argument));
            } else {
                files.add(argument); // a missing file is reported by the reader, with the others still checked
            }
        }
        return files;
    }

    /** Every regular *.json file under {@code dir}, at any depth, sorted by path. */
    static List<Path> walk(Path dir) {
        return find(dir, Integer.MAX_VALUE);
    }

    /** The regular *.json files directly in {@code dir}, sorted by path (the reference manifest's scan). */
    static List<Path> list(Path dir) {
        return find(dir, 1);
    }

    private static List<Path> find(Path dir, int depth) {
        try (Stream<Path> stream = Files.walk(dir, depth)) {
            return stream.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                            && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(dir + ": cannot read the directory: " + e.getMessage());
        }
    }
}
