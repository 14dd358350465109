package dev.benchproof.io;

import dev.benchproof.BadInputException;
import dev.benchproof.InputBounds;

import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a JSON array of numbers (one run's per-episode returns, say) into a primitive
 * {@code double[]}.
 *
 * <p>Streams straight into a growing array: no tree and no boxing, so ten million samples
 * (a 200 MB file) need about 8 bytes each plus one spare copy while the array grows. The same
 * strictness and limits as {@link StrictJsonReader} apply, plus {@code maxSamples}. A plain array
 * of numbers is scanned byte by byte ({@link SampleArrayScanner}); any other file goes through
 * Jackson's tokens, which accept it or name the error.
 */
public final class SampleStreams {

    private static final int INITIAL_CAPACITY = 1024;

    private SampleStreams() {
    }

    /** {@link #readSamples(Path, String, StrictJsonReader)} with {@link StrictJsonReader#DEFAULT}. */
    public static double[] readSamples(Path file, String label) {
        return readSamples(file, label, StrictJsonReader.DEFAULT);
    }

    /**
     * Reads the samples of {@code file}; {@code label} ("baseline", "candidate") names them in messages.
     *
     * @return at least two finite values, in file order
     * @throws BadInputException e.g. {@code base.json: baseline sample at index 3 must be a finite number}
     */
    public static double[] readSamples(Path file, String label, StrictJsonReader reader) {
        double[] plain = SampleArrayScanner.tryRead(file, reader.limits(), InputBounds.MAX_MAGNITUDE);
        return plain != null ? plain : readWithJackson(file, label, reader);
    }

    /**
     * The token-by-token reader: for files the fast {@link SampleArrayScanner} leaves alone, and the
     * one source of every error message.
     */
    static double[] readWithJackson(Path file, String label, StrictJsonReader reader) {
        int max = reader.limits().maxSamples();
        return reader.parse(file, (parser, source) -> collect(parser, source, label, max));
    }

    private static double[] collect(JsonParser parser, String source, String label, int max) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new BadInputException(source + ": empty document");
        }
        if (token != JsonToken.START_ARRAY) {
            throw new BadInputException(source + ": " + label + " samples must be a JSON array of numbers");
        }
        double[] values = new double[Math.min(INITIAL_CAPACITY, max)];
        int n = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (n == max) {
                throw new BadInputException(source + ": " + label + " samples exceed the limit of " + max + " values");
            }
            double value = token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                    ? parser.getDoubleValue() : Double.NaN;
            if (!Double.isFinite(value)) {
                throw new BadInputException(source + ": " + label + " sample at index " + n + " must be a finite number");
            }
            if (Math.abs(value) > InputBounds.MAX_MAGNITUDE) {
                throw new BadInputException(source + ": " + label + " sample at index " + n
                        + " is out of range: its magnitude must be at most " + InputBounds.MAX_MAGNITUDE_TEXT);
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(max, 2L * values.length));
            }
            values[n++] = value;
        }
        if (n < 2) {
            throw new BadInputException(source + ": " + label + " samples need at least two values, found " + n);
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }
}
