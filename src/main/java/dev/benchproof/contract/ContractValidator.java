package dev.benchproof.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import dev.benchproof.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The one validator: the bundled schema first, then the cross-field rules a schema cannot express,
 * both reported as {@link Violation}s.
 */
public final class ContractValidator {

    private final SchemaCatalog catalog;

    public ContractValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public static ContractValidator bundled() {
        return new ContractValidator(SchemaCatalog.bundled());
    }

    /** The schema named by the instance's {@code $schema} member, if it names a bundled one of any version. */
    public static Optional<SchemaRef> declaredSchema(JsonNode instance) {
        JsonNode declared = instance.isObject() ? instance.get("$schema") : null;
        return declared != null && declared.isString() ? SchemaRef.fromId(declared.asString()) : Optional.empty();
    }

    /** The kind named by the instance's {@code $schema} member, if it names a bundled schema. */
    public static Optional<ArtifactKind> declaredKind(JsonNode instance) {
        return declaredSchema(instance).map(SchemaRef::kind);
    }

    /** Validation against the kind's schema in the version artifacts are written in. */
    public List<Violation> validate(ArtifactKind kind, JsonNode instance) {
        return validate(SchemaRef.current(kind), instance);
    }

    /** Schema violations, then (only when the schema holds, since they read its fields) cross-field ones. */
    public List<Violation> validate(SchemaRef ref, JsonNode instance) {
        List<Violation> violations = validate(catalog.schema(ref), instance);
        if (violations.isEmpty()) {
            violations.addAll(CrossFieldRules.forSchema(ref).check(instance));
        }
        return violations;
    }

    /** Validation against any compiled schema (the generic {@code --schema} mode). */
    public List<Violation> validate(Schema schema, JsonNode instance) {
        List<Error> errors;
        try {
            errors = schema.validate(instance);
        } catch (SchemaException e) {
            throw new BadInputException("schema " + schema.getSchemaLocation() + ": " + SchemaCatalog.unresolvable(e));
        }
        List<Violation> out = new ArrayList<>(errors.size());
        for (Error error : errors) {
            out.add(new Violation(error.getInstanceLocation().toString(),
                    error.getEvaluationPath().toString(), error.getMessage()));
        }
        return out;
    }
}
