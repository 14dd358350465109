package dev.benchproof.output;

import dev.benchproof.io.CanonicalJsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run of the benchproof driver, one result per finding, located by the file
 * ({@code physicalLocation.artifactLocation.uri}, a relative URI reference when the path was relative)
 * and the JSON pointer ({@code logicalLocations[0].fullyQualifiedName}). Written by the canonical JSON
 * writer, so its bytes are stable; no timestamps.
 */
public final class Sarif {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://benchproof.dev/";

    private Sarif() {
    }

    public static String render(CheckReport report) {
        TreeSet<String> ruleIds = new TreeSet<>();
        List<Object> results = new ArrayList<>();
        for (CheckedItem item : report.items()) {
            for (Finding finding : item.findings()) {
                ruleIds.add(finding.rule());
                results.add(result(item, finding));
            }
        }
        List<Object> rules = new ArrayList<>();
        ruleIds.forEach(id -> rules.add(Map.of("id", id)));
        Map<String, Object> driver = ordered("name", "benchproof", "informationUri", INFORMATION_URI, "rules", rules);
        Map<String, Object> run = ordered("tool", Map.of("driver", driver),
                "automationDetails", Map.of("id", "benchproof/" + report.command() + "/"),
                "results", results);
        return CanonicalJsonWriter.toJson(ordered("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    private static Map<String, Object> result(CheckedItem item, Finding finding) {
        Map<String, Object> logical = ordered("fullyQualifiedName", finding.pointer(), "kind", "value");
        Map<String, Object> location = ordered(
                "physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(item.file()))),
                "logicalLocations", List.of(logical));
        return ordered("ruleId", finding.rule(), "level", "error", "message", Map.of("text", item.describe(finding)),
                "locations", List.of(location));
    }

    /** A path as a URI reference: '/' separators, everything but unreserved characters and '/' percent-encoded. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
