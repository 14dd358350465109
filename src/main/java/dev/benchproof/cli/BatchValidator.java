package dev.benchproof.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Validates many files in one JVM on every core, with the compiled schemas shared
 * ({@link dev.benchproof.contract.SchemaCatalog} compiles each kind once), and returns the results in
 * the order of the files given: the output is the same as one file after another, only sooner.
 *
 * <p>A file's outcome depends on that file alone (and, for a proof, on the reports beside it, which
 * are only read), so running them at once changes nothing but the time. When validation itself
 * fails (an unusable {@code --schema}), the failure of the first such file in input order is
 * rethrown, as a sequential run would have.
 */
final class BatchValidator {

    /** Below this, splitting the work costs more than it saves. */
    private static final int PARALLEL_FROM = 4;

    private BatchValidator() {
    }

    static List<FileValidator.Result> validateAll(Function<Path, FileValidator.Result> validator, List<Path> files) {
        if (files.size() < PARALLEL_FROM || Runtime.getRuntime().availableProcessors() < 2) {
            return files.stream().map(validator).toList();
        }
        FileValidator.Result[] results = new FileValidator.Result[files.size()];
        RuntimeException[] failures = new RuntimeException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                results[i] = validator.apply(files.get(i));
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return Arrays.asList(results);
    }
}
