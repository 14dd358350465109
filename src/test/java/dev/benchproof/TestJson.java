package dev.benchproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' one way to read JSON they assert on: a plain Jackson mapper, deliberately not the production
 * reader, so a test does not trust the code it checks.
 */
public final class TestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TestJson() {
    }

    public static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    public static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] numbers(Path file) {
        JsonNode array = json(file);
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
