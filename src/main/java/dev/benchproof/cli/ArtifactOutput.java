package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.io.AtomicFiles;
import dev.benchproof.io.BadInputException;
import dev.benchproof.io.CanonicalJsonWriter;
import dev.benchproof.io.Digests;
import dev.benchproof.io.StrictJsonReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Serializes artifacts with the one writer, validates exactly those bytes against their schema and
 * cross-field rules, and only then writes them all, atomically. A generated artifact that breaks its
 * own contract is a bug: it stops the command before anything is written.
 */
final class ArtifactOutput {

    private ArtifactOutput() {
    }

    /** One artifact ready to be written. */
    record Staged(Path path, ArtifactKind kind, byte[] bytes) {
        String sha256() {
            return Digests.sha256Hex(bytes);
        }
    }

    static Staged stage(Path path, ArtifactKind kind, Object model) {
        byte[] bytes = CanonicalJsonWriter.toBytes(model);
        List<Violation> violations = ContractValidator.bundled().validate(kind,
                StrictJsonReader.DEFAULT.readTree(new String(bytes, StandardCharsets.UTF_8), path.toString()));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated " + kind + " " + path + " breaks its contract: "
                    + violations.get(0).render());
        }
        return new Staged(path, kind, bytes);
    }

    /** Why a write failed, in words rather than an exception name. */
    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " exists and is not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " does not exist";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes every staged artifact: all temporary files first, then the renames. */
    static void commit(List<Staged> staged) {
        commit(staged, new LinkedHashMap<>());
    }

    /**
     * Writes {@code before} (files that are not artifacts, such as the rendered reports) and every
     * staged artifact as one set; the artifacts are renamed last, the last of them last.
     */
    static void commit(List<Staged> staged, LinkedHashMap<Path, byte[]> before) {
        LinkedHashMap<Path, byte[]> files = new LinkedHashMap<>(before);
        staged.forEach(s -> files.put(s.path(), s.bytes()));
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + staged.get(0).path() + ": " + reason(e), e);
        }
    }
}
