package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileCreatingParents() throws IOException {
        Path target = dir.resolve("a/b/proof.json");
        AtomicFiles.write(target, bytes("{}\n"));
        assertEquals("{}\n", Files.readString(target));
        assertEquals(List.of(dir.resolve("a"), dir.resolve("a/b"), target), listAll());
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path target = Files.writeString(dir.resolve("proof.json"), "old, longer content");
        AtomicFiles.write(target, bytes("new"));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), listAll());
    }

    @Test
    void failedRenameLeavesTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(target.resolve("child"), "x"); // a non-empty directory cannot be replaced
        assertThrows(IOException.class, () -> AtomicFiles.write(target, bytes("new")));
        assertEquals(List.of(target, target.resolve("child")), listAll());
    }

    @Test
    void newFilesGetTheUsualPermissionsNotTempFileOnes() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path plain = Files.createFile(dir.resolve("plain"));
        Path written = dir.resolve("written");
        AtomicFiles.write(written, bytes("x"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }

    @Test
    void writeAllWritesEveryFileInOrder() throws IOException {
        LinkedHashMap<Path, byte[]> set = new LinkedHashMap<>();
        set.put(dir.resolve("one.json"), bytes("1"));
        set.put(dir.resolve("sub/two.json"), bytes("2"));
        AtomicFiles.writeAll(set);
        assertEquals("1", Files.readString(dir.resolve("one.json")));
        assertEquals("2", Files.readString(dir.resolve("sub/two.json")));
        assertEquals(List.of(dir.resolve("one.json"), dir.resolve("sub"), dir.resolve("sub/two.json")), listAll());
    }

    @Test
    void writeAllFailingWhileStagingTouchesNoTarget() throws IOException {
        Path first = Files.writeString(dir.resolve("first.json"), "old");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, so no directory can be made here");
        LinkedHashMap<Path, byte[]> set = new LinkedHashMap<>();
        set.put(first, bytes("new"));
        set.put(blocker.resolve("second.json"), bytes("2"));
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(set));
        assertEquals("old", Files.readString(first));
        assertEquals(List.of(blocker, first), listAll());
    }

    @Test
    void writeAllFailingWhileRenamingCleansUpTheRest() throws IOException {
        Path first = dir.resolve("first.json");
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("child"), "x");
        Path third = Files.writeString(dir.resolve("third.json"), "old");
        LinkedHashMap<Path, byte[]> set = new LinkedHashMap<>();
        set.put(first, bytes("1"));
        set.put(occupied, bytes("2"));
        set.put(third, bytes("3"));
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(set));
        // The documented window: files renamed before the failure keep their new content.
        assertArrayEquals(bytes("1"), Files.readAllBytes(first));
        assertEquals("old", Files.readString(third));
        assertEquals(List.of(first, occupied, occupied.resolve("child"), third), listAll());
    }

    private List<Path> listAll() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
