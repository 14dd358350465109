package dev.benchproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.benchproof.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating many files at once gives, in input order, exactly what validating them one by one gives. */
class BatchValidatorTest {

    @TempDir
    Path tmp;

    @Test
    void manyFilesAtOnceMatchOneByOneInInputOrder() throws IOException {
        List<Path> golden;
        try (Stream<Path> walk = Files.walk(Path.of("golden"))) {
            golden = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            files.addAll(golden); // valid, invalid and unparsable files, proofs with digests beside them
            files.add(tmp.resolve("missing-" + copy + ".json"));
        }
        FileValidator validator = FileValidator.byDeclaredKind();

        List<FileValidator.Result> batch = BatchValidator.validateAll(validator::validate, files);

        assertEquals(files.size(), batch.size());
        for (int i = 0; i < files.size(); i++) {
            FileValidator.Result alone = validator.validate(files.get(i));
            FileValidator.Result together = batch.get(i);
            assertEquals(alone.path(), together.path());
            assertEquals(alone.kind(), together.kind(), files.get(i).toString());
            assertEquals(alone.readable(), together.readable(), files.get(i).toString());
            assertEquals(alone.errors(), together.errors(), files.get(i).toString());
        }
    }

    @Test
    void aFailureOfValidationItselfIsTheFirstInInputOrder() {
        List<Path> files = List.of(Path.of("a.json"), Path.of("b.json"), Path.of("c.json"), Path.of("d.json"),
                Path.of("e.json"));
        BadInputException e = assertThrows(BadInputException.class, () -> BatchValidator.validateAll(file -> {
            throw new BadInputException("cannot validate " + file);
        }, files));
        assertEquals("cannot validate a.json", e.getMessage());
    }
}
