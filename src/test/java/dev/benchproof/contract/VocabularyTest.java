package dev.benchproof.contract;

import dev.benchproof.TestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.gate.ReasonCode;
import dev.benchproof.model.v1.ManifestEntry;
import dev.benchproof.model.v1.ManifestReasonCode;
import dev.benchproof.model.v1.PromotionReasonCode;
import dev.benchproof.model.v1.ProofReasonCode;
import dev.benchproof.model.v1.SafetyReasonCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The vocabularies that live both in the schemas and in Java: reason codes and artifact kinds. The schemas
 * are the source; each Java table must match them exactly, so a code or kind added in one place only fails here.
 */
class VocabularyTest {

    private static final Path DEFS = Path.of(System.getProperty("benchproof.projectRoot", "."))
            .resolve("schemas/v1/defs.schema.json");

    @Test
    @DisplayName("every reason code of the schemas is a ReasonCode constant, and every constant is in some schema")
    void reasonCodesMatchTheSchemas() throws IOException {
        JsonNode defs = TestJson.json(DEFS).path("$defs");
        Set<String> inSchemas = new TreeSet<>();
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            if (def.getKey().endsWith("ReasonCode")) {
                def.getValue().path("enum").forEach(code -> inSchemas.add(code.asString()));
            }
        }
        Set<String> inJava = Arrays.stream(ReasonCode.values()).map(ReasonCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inSchemas, inJava, "reason codes of defs.schema.json against gate.ReasonCode");
    }

    @Test
    @DisplayName("each generated reason-code enum holds only ReasonCode strings, and fromCode finds each")
    void generatedReasonCodeEnumsNameReasonCodes() {
        assertKnown(ProofReasonCode.values(), ProofReasonCode::value);
        assertKnown(SafetyReasonCode.values(), SafetyReasonCode::value);
        assertKnown(PromotionReasonCode.values(), PromotionReasonCode::value);
        assertKnown(ManifestReasonCode.values(), ManifestReasonCode::value);
    }

    @Test
    @DisplayName("the manifest's kind enum lists exactly the artifact kinds, in the same order")
    void manifestKindsAreTheArtifactKinds() {
        assertEquals(Stream.of(ArtifactKind.values()).filter(ArtifactKind::isArtifact).map(ArtifactKind::kindName)
                        .toList(),
                Stream.of(ManifestEntry.ArtifactKind.values()).map(ManifestEntry.ArtifactKind::value).toList());
    }

    private static <E> void assertKnown(E[] values, Function<E, String> value) {
        for (E e : values) {
            String code = value.apply(e);
            assertTrue(ReasonCode.fromCode(code).isPresent(), code + " is in the schema but not a ReasonCode");
        }
    }
}
