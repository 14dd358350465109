package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestsTest {

    // FIPS 180-4 examples; also `printf abc | sha256sum`.
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void hashesBytesAsLowerCaseHex() {
        assertEquals(EMPTY, Digests.sha256Hex(new byte[0]));
        assertEquals(ABC, Digests.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void streamingFileDigestEqualsByteDigest() throws IOException {
        byte[] big = new byte[200_000]; // spans several read buffers
        Arrays.fill(big, (byte) 'x');
        Path file = Files.write(dir.resolve("big.bin"), big);
        assertEquals(Digests.sha256Hex(big), Digests.sha256Hex(file));
        assertEquals(ABC, Digests.sha256Hex(Files.writeString(dir.resolve("abc"), "abc")));
    }
}
