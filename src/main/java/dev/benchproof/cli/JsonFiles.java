package dev.benchproof.cli;

import dev.benchproof.io.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Every regular *.json file under {@code dir}, sorted by path. */
    static List<Path> walk(Path dir) {
        try (Stream<Path> stream = Files.walk(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(dir + ": cannot read the directory: " + e.getMessage());
        }
    }
}
