package dev.benchproof.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so a reader sees the old content or the new, never a torn write.
 *
 * <p>Each file is written to a temporary sibling ({@code .<name>.<random>.tmp}), flushed to disk,
 * then renamed over the target with an atomic move; the directory is then flushed so the rename
 * itself survives a crash where the platform allows it. Temporary files are deleted on every failure.
 */
public final class AtomicFiles {

    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, creating missing parent directories.
     *
     * @throws IOException if the file cannot be written or renamed; {@code target} is then unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = stage(target, bytes);
        try {
            commit(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Writes several files as one set: every temporary file is written and flushed first, and only
     * then are they renamed, in map order.
     *
     * <p>A failure while staging (disk full, a directory that cannot be created) leaves every
     * target untouched. The set is <em>not</em> atomic as a whole: the renames are separate
     * operations, so a crash or a failed rename in that last phase leaves the targets renamed so far
     * with new content and the rest with old content. The window is short (renames only, no data
     * written) and a re-run rewrites the whole set; readers that must see a consistent set should
     * check a digest recorded in the last file of the map.
     *
     * @throws IOException if any file cannot be written or renamed; remaining temporary files are deleted
     */
    public static void writeAll(LinkedHashMap<Path, byte[]> files) throws IOException {
        List<Path[]> staged = new ArrayList<>(files.size());
        int committed = 0;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                staged.add(new Path[] {stage(file.getKey(), file.getValue()), file.getKey()});
            }
            for (Path[] pair : staged) {
                commit(pair[0], pair[1]);
                committed++;
            }
        } catch (IOException | RuntimeException e) {
            for (Path[] pair : staged.subList(committed, staged.size())) {
                deleteQuietly(pair[0], e);
            }
            throw e;
        }
    }

    /** Writes and flushes a temporary sibling of {@code target}; deletes it if that fails. */
    private static Path stage(Path target, byte[] bytes) throws IOException {
        Path dir = directoryOf(target);
        Files.createDirectories(dir);
        Path temp = createSibling(dir, target.getFileName().toString());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        return temp;
    }

    /**
     * Creates an empty {@code .<name>.<random>.tmp} in {@code dir}.
     *
     * <p>Not {@code Files.createTempFile}: on POSIX it creates the file with mode 0600, and the
     * rename would then make every artifact unreadable to other users of the CI machine. A plain
     * {@code CREATE_NEW} file gets the usual mode from the umask, like any file the user writes.
     */
    private static Path createSibling(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1).toLowerCase(Locale.ROOT);
            Path temp = dir.resolve("." + name + "." + suffix + ".tmp");
            try {
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void commit(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(temp.getParent());
    }

    /** Flushes the directory entry of the rename; a no-op where directories cannot be opened (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename already happened; only its durability across a power cut is weaker here.
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        return parent;
    }

    private static void deleteQuietly(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
