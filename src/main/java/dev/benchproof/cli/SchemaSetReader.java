package dev.benchproof.cli;

import dev.benchproof.compat.SchemaResources;
import dev.benchproof.contract.DraftMetaSchema;
import dev.benchproof.BadInputException;
import dev.benchproof.io.StrictJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads one side of {@code schemas compat}: a directory (its *.json files, by file name) or a single
 * file. Each side's references resolve among the schemas of its directory, by {@code $id} and by
 * file name; a single file also sees the *.schema.json files beside it.
 */
final class SchemaSetReader {

    /** The schemas compared, by file name, and the registry their references resolve in. */
    record SchemaSet(Map<String, JsonNode> schemas, SchemaResources resources) {
    }

    private SchemaSetReader() {
    }

    static SchemaSet read(Path path) {
        Map<String, JsonNode> compared = new TreeMap<>();
        List<Path> context = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files = JsonFiles.list(path);
            if (files.isEmpty()) {
                throw new BadInputException(path + ": no *.json schema in the directory");
            }
            for (Path file : files) {
                compared.put(file.getFileName().toString(), schema(file));
            }
        } else {
            compared.put(path.getFileName().toString(), schema(path));
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                JsonFiles.list(dir).stream()
                        .filter(f -> f.getFileName().toString().endsWith(".schema.json") && !f.getFileName().equals(path.getFileName()))
                        .forEach(context::add);
            }
        }
        SchemaResources resources = SchemaResources.empty();
        for (Path file : context) {
            JsonNode document = schema(file);
            resources = register(resources, file.getFileName().toString(), document);
        }
        for (Map.Entry<String, JsonNode> entry : compared.entrySet()) {
            resources = register(resources, entry.getKey(), entry.getValue());
        }
        return new SchemaSet(compared, resources);
    }

    private static SchemaResources register(SchemaResources resources, String fileName, JsonNode document) {
        SchemaResources out = resources.with(fileName, document); // a relative $ref from a schema without $id
        String base = SchemaResources.baseOf(document);
        return base.equals(SchemaResources.ANONYMOUS_BASE) ? out : out.with(base, document);
    }

    /** A parsed draft 2020-12 schema, or bad input naming the file and the rule it breaks. */
    private static JsonNode schema(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file or directory");
        }
        JsonNode document = StrictJsonReader.DEFAULT.readTree(file);
        if (!document.isObject() && !document.isBoolean()) {
            throw new BadInputException(file + ": not a JSON Schema: a schema is an object or a boolean");
        }
        DraftMetaSchema.firstViolation(document).ifPresent(violation -> {
            throw new BadInputException(file + ": not a draft 2020-12 schema: " + violation);
        });
        return document;
    }
}
