package dev.benchproof.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalJsonWriter#formatNumber} against Node's {@code String(x)} for every double in
 * {@code io/ecmascript-numbers.txt.gz}, made by {@code scripts/numbers/make_corpus.js} (its header
 * names the Node version): random bit patterns, "nice" decimals, powers of two and ten with their
 * neighbours, subnormals, MIN_VALUE/MAX_VALUE, the 1e21 and 1e-7 boundaries, 1e23, 2.82879384806159E17.
 */
class EcmaScriptNumberCorpusTest {

    @Test
    void formatsEveryCorpusDoubleExactlyAsNode() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (InputStream raw = getClass().getResourceAsStream("/io/ecmascript-numbers.txt.gz");
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
                String expected = line.substring(space + 1);
                String actual = CanonicalJsonWriter.formatNumber(x);
                if (!expected.equals(actual) && mismatches.size() < 20) {
                    mismatches.add(line + " -> " + actual);
                }
                checked++;
            }
        }
        assertTrue(checked >= 20_000, "corpus too small: " + checked);
        assertEquals(List.of(), mismatches);
    }
}
