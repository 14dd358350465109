package dev.benchproof.contract;

import dev.benchproof.TestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dev.benchproof.BadInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** User schemas resolve only against the bundled copies: nothing is fetched, and failures are fast, named and English. */
class OfflineRegistryTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.invalid/x.json", "https://benchproof.dev/schemas/v1/nope.schema.json",
            "http://10.255.255.1/schema.json"})
    void unknownRemoteRefFailsFastNamingTheUri(String uri) {
        JsonNode schema = schema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "properties": {"x": {"$ref": "%s"}}}""".formatted(uri));
        BadInputException e = assertTimeoutPreemptively(FAST,
                () -> assertThrows(BadInputException.class, () -> SchemaCatalog.bundled().compile(schema, "user.json")));
        assertTrue(e.getMessage().startsWith("user.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(uri), "message must name " + uri + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void userSchemaMayRefBundledIds() {
        JsonNode schema = schema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "required": ["run"],
                 "properties": {
                   "run": {"$ref": "https://benchproof.dev/schemas/v1/defs.schema.json#/$defs/runId"},
                   "suite": {"$ref": "https://benchproof.dev/schemas/v1/defs.schema.json#/$defs/benchmarkSuite"},
                   "report": {"$ref": "https://benchproof.dev/schemas/v1/benchmark-report.schema.json"}}}""");
        Schema compiled = assertTimeoutPreemptively(FAST, () -> SchemaCatalog.bundled().compile(schema, "user.json"));
        ContractValidator validator = ContractValidator.bundled();
        assertEquals(List.of(), validator.validate(compiled,
                schema("{\"run\": \"m24-abc\", \"suite\": {\"name\": \"s\", \"version\": \"v1\"}}")));
        List<Violation> violations = validator.validate(compiled, schema("{\"run\": \"abc\"}"));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/run", violations.get(0).instanceLocation());
        assertTrue(violations.get(0).keywordLocation().endsWith("/pattern"), violations.get(0).keywordLocation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "fr-FR", "ja-JP"})
    void messagesAreEnglishWhateverTheDefaultLocale(String tag) {
        List<String> english = withLocale(Locale.US, OfflineRegistryTest::everyInvalidCaseMessage);
        List<String> local = withLocale(Locale.forLanguageTag(tag), OfflineRegistryTest::everyInvalidCaseMessage);
        assertEquals(english, local);
        assertTrue(local.stream().anyMatch(m -> m.contains("must have a maximum value of 1")), String.join("\n", local));
        assertTrue(local.stream().anyMatch(m -> m.contains("must equal 1 - p_value (0.9875), found 0.95")),
                String.join("\n", local));

        String refError = withLocale(Locale.forLanguageTag(tag), () -> assertThrows(BadInputException.class,
                () -> SchemaCatalog.bundled().compile(schema("{\"$ref\": \"https://example.invalid/x.json\"}"), "user.json"))
                .getMessage());
        String englishRefError = withLocale(Locale.US, () -> assertThrows(BadInputException.class,
                () -> SchemaCatalog.bundled().compile(schema("{\"$ref\": \"https://example.invalid/x.json\"}"), "user.json"))
                .getMessage());
        assertEquals(englishRefError, refError);
    }

    /** The rendered violation of every invalid conformance case, in file order. */
    private static List<String> everyInvalidCaseMessage() {
        List<String> out = new ArrayList<>();
        for (ArtifactKind kind : ArtifactKind.values()) {
            for (JsonNode group : ContractConformanceTest.read("conformance/v1/" + kind.kindName() + ".json")) {
                for (JsonNode test : group.path("tests")) {
                    if (!test.path("valid").asBoolean()) {
                        ContractValidator.bundled().validate(kind, test.get("data"))
                                .forEach(v -> out.add(kind + " " + v.keywordLocation() + " " + v.render()));
                    }
                }
            }
        }
        return out;
    }

    private static <T> T withLocale(Locale locale, Supplier<T> action) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return action.get();
        } finally {
            Locale.setDefault(before);
        }
    }

    private static JsonNode schema(String json) {
        return TestJson.json(json);
    }
}
