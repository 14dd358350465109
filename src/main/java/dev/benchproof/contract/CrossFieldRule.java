package dev.benchproof.contract;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Rules of one kind that relate fields to each other; run only on schema-valid instances. */
@FunctionalInterface
public interface CrossFieldRule {
    List<Violation> check(JsonNode instance);
}
