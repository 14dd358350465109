package dev.benchproof.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a change says (type, pointers, member, values, effect per mode); the corpus covers the verdicts. */
class CompatibilityCheckerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    @Test
    void requiredMemberAddedNamesTheMemberAndBreaksOnlyBackward() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"type\":\"object\",\"properties\":{\"a\":{}}}"),
                json("{\"type\":\"object\",\"properties\":{\"a\":{}},\"required\":[\"a\"]}"));

        assertEquals(List.of(new Change(ChangeType.REQUIRED_ATTRIBUTE_ADDED, "", "/required", "a", null, null, true, false)),
                report.changes());
        assertFalse(report.compatibleIn(CompatibilityMode.BACKWARD));
        assertTrue(report.compatibleIn(CompatibilityMode.FORWARD));
        assertFalse(report.compatibleIn(CompatibilityMode.FULL));
    }

    @Test
    void boundChangeCarriesBothValuesAndPointers() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"properties\":{\"p\":{\"type\":\"number\",\"maximum\":1}}}"),
                json("{\"properties\":{\"p\":{\"type\":\"number\",\"maximum\":0.5}}}"));

        assertEquals(List.of(new Change(ChangeType.MAXIMUM_DECREASED, "/properties/p/maximum", "/properties/p/maximum", null,
                "1", "0.5", true, false)), report.changes());
    }

    @Test
    void optionalMemberAddedToClosedObjectBreaksOnlyForward() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"type\":\"object\",\"properties\":{\"a\":{}},\"additionalProperties\":false}"),
                json("{\"type\":\"object\",\"properties\":{\"a\":{},\"b\":{\"type\":\"string\"}},\"additionalProperties\":false}"));

        assertEquals(List.of(new Change(ChangeType.OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL, "/additionalProperties",
                "/properties/b", "b", null, null, false, true)), report.changes());
    }

    @Test
    void differentPatternsCannotBeProvenAndBreakEveryMode() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"type\":\"string\",\"pattern\":\"^a+$\"}"), json("{\"type\":\"string\",\"pattern\":\"^a*$\"}"));

        assertEquals(1, report.changes().size());
        Change change = report.changes().get(0);
        assertEquals(ChangeType.CANNOT_PROVE, change.type());
        assertEquals("\"^a+$\"", change.oldValue());
        for (CompatibilityMode mode : CompatibilityMode.values()) {
            assertFalse(report.compatibleIn(mode), mode.wireName());
        }
    }

    @Test
    void referencesResolveAcrossResourcesOfEachSide() {
        String id = "https://example.test/s/defs.json";
        JsonNode oldDefs = json("{\"$id\":\"" + id + "\",\"$defs\":{\"run\":{\"type\":\"string\",\"maxLength\":10}}}");
        JsonNode newDefs = json("{\"$id\":\"" + id + "\",\"$defs\":{\"run\":{\"type\":\"string\",\"maxLength\":5}}}");
        JsonNode root = json("{\"$id\":\"https://example.test/s/root.json\",\"properties\":{\"r\":{\"$ref\":\"defs.json#/$defs/run\"}}}");

        CompatibilityReport report = CompatibilityChecker.compare(root, SchemaResources.of(oldDefs), root, SchemaResources.of(newDefs));

        assertEquals(List.of(new Change(ChangeType.MAX_LENGTH_DECREASED,
                "defs.json#/$defs/run/maxLength", "defs.json#/$defs/run/maxLength", null, "10", "5", true, false)), report.changes());
    }

    @Test
    void unresolvableReferenceOnTheNewSideCannotBeProven() {
        CompatibilityReport report = CompatibilityChecker.compare(json("{\"type\":\"string\"}"),
                json("{\"type\":\"string\",\"$ref\":\"other.json#/x\"}"));

        assertTrue(report.changes().stream().anyMatch(c -> c.type() == ChangeType.CANNOT_PROVE && c.breaksBackward()),
                report.changes().toString());
    }

    @Test
    void infinitelyRecursiveSchemasTerminate() {
        JsonNode list = json("{\"$defs\":{\"l\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/$defs/l\"},"
                + "\"v\":{\"type\":\"integer\"}}}},\"$ref\":\"#/$defs/l\"}");
        JsonNode widened = json(list.toString().replace("\"integer\"", "\"number\""));

        CompatibilityReport report = CompatibilityChecker.compare(list, widened);

        assertEquals(List.of(ChangeType.TYPE_WIDENED), report.changes().stream().map(Change::type).toList());
        assertTrue(report.compatibleIn(CompatibilityMode.BACKWARD));
    }

    @Test
    void annotationOnlyEditsAreNoChange() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"title\":\"A\",\"description\":\"x\",\"type\":\"object\",\"properties\":{\"description\":{\"type\":\"string\",\"examples\":[\"e\"]}}}"),
                json("{\"title\":\"B\",\"description\":\"y\",\"$comment\":\"c\",\"type\":\"object\",\"properties\":{\"description\":{\"type\":\"string\"}}}"));

        assertEquals(List.of(), report.changes());
    }

    @Test
    void reportIsSortedByPointerWhateverTheDiscoveryOrder() {
        CompatibilityReport report = CompatibilityChecker.compare(
                json("{\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"string\"}}}"),
                json("{\"properties\":{\"b\":{\"type\":\"integer\"},\"a\":{\"type\":\"integer\"}}}"));

        List<String> pointers = report.changes().stream().map(Change::oldPointer).toList();
        assertEquals(List.of("/properties/a/type", "/properties/a/type", "/properties/b/type", "/properties/b/type"), pointers);
    }

    @Test
    void valuesPrintTheSameOnEveryJdk() {
        // JDK 17's Double.toString prints 1.0E23 as 9.999999999999999E22; reports use the ECMAScript digits instead
        CompatibilityReport bound = CompatibilityChecker.compare(json("{\"maximum\":1e23}"), json("{\"maximum\":1e22}"));
        CompatibilityReport values = CompatibilityChecker.compare(json("{\"enum\":[0.1,\"a\\\"b\"]}"), json("{\"enum\":[0.1]}"));

        assertEquals(List.of(new Change(ChangeType.MAXIMUM_DECREASED, "/maximum", "/maximum", null, "1e+23", "1e+22", true, false)),
                bound.changes());
        assertEquals(List.of(new Change(ChangeType.ENUM_ARRAY_NARROWED, "/enum", "/enum", null, "[0.1,\"a\\\"b\"]", "[0.1]", true, false)),
                values.changes());
    }
}
