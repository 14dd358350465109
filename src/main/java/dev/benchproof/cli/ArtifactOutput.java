package dev.benchproof.cli;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.io.AtomicFiles;
import dev.benchproof.BadInputException;
import dev.benchproof.ValidatedArtifact;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes validated artifacts, all of them atomically: a generated artifact that breaks its own contract
 * is a bug that stops the command before anything is written.
 */
final class ArtifactOutput {

    private ArtifactOutput() {
    }

    /** Serializes and validates one artifact to be written at {@code path}; see {@link ValidatedArtifact#of}. */
    static ValidatedArtifact stage(Path path, ArtifactKind kind, Object model) {
        return ValidatedArtifact.of(path.toString(), kind, model);
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
    static void commit(List<ValidatedArtifact> staged) {
        commit(staged, new LinkedHashMap<>());
    }

    /**
     * Writes {@code before} (files that are not artifacts, such as the rendered reports) and every
     * staged artifact as one set; the artifacts are renamed last, the last of them last.
     */
    static void commit(List<ValidatedArtifact> staged, LinkedHashMap<Path, byte[]> before) {
        LinkedHashMap<Path, byte[]> files = new LinkedHashMap<>(before);
        staged.forEach(s -> files.put(Path.of(s.path()), s.bytes()));
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + staged.get(0).path() + ": " + reason(e), e);
        }
    }
}
