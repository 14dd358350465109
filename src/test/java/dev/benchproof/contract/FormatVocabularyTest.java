package dev.benchproof.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A metaschema that enables (or merely allows) the format-assertion vocabulary decides what format means. */
class FormatVocabularyTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String META = "https://example.test/meta/%s.json";

    /** A metaschema whose $vocabulary lists format-assertion as required (true) or optional (false). */
    private static String metaschema(String name, boolean required) {
        return """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%s",
                 "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
                                 "https://json-schema.org/draft/2020-12/vocab/format-assertion": %s},
                 "$dynamicAnchor": "meta",
                 "allOf": [{"$ref": "https://json-schema.org/draft/2020-12/meta/core"},
                           {"$ref": "https://json-schema.org/draft/2020-12/meta/format-assertion"}]}
                """.formatted(META.formatted(name), required);
    }

    private static final SchemaCatalog CATALOG = SchemaCatalog.bundledWith(Map.of(
            META.formatted("asserting"), metaschema("asserting", true),
            META.formatted("optional"), metaschema("optional", false))::get);

    private static int errors(String metaschemaName, FormatAssertion mode) {
        JsonNode schema = MAPPER.readTree("{\"$schema\": \"" + META.formatted(metaschemaName)
                + "\", \"format\": \"ipv4\"}");
        Schema compiled = CATALOG.compile(schema, "user.json", mode);
        return ContractValidator.bundled().validate(compiled, MAPPER.readTree("\"not an address\"")).size();
    }

    @Test
    @DisplayName("2020-12 §7.2.2: a metaschema requiring the format-assertion vocabulary makes format a rule")
    void requiredVocabularyAsserts() {
        assertEquals(1, errors("asserting", FormatAssertion.AS_METASCHEMA_SAYS));
    }

    @Test
    @DisplayName("JSON-Schema-Test-Suite format-assertion.json: an optional format-assertion vocabulary asserts too")
    void optionalVocabularyAssertsWhenKnown() {
        assertEquals(1, errors("optional", FormatAssertion.AS_METASCHEMA_SAYS));
    }
}
