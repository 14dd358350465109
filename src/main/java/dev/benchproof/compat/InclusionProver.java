package dev.benchproof.compat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Proves L(A) &#8838; L(B) for two schemas, A on the "a" side and B on the "b" side, and returns the
 * reasons it could not (empty means proven). The proof is sufficient, never complete: each keyword of B
 * must be implied by a conjunct of A; what the rules cannot decide becomes {@link ChangeType#CANNOT_PROVE}.
 *
 * <p>One prover runs one direction: backward has old on the a side, forward has new there. Reasons are
 * named from the old schema's point of view, so the same change gets the same name in both runs.
 * Recursive {@code $ref} graphs terminate: a pair already under comparison is assumed to hold
 * (co-induction), unless a {@code not} was crossed since, where the assumption would be unsound.
 */
final class InclusionProver {

    private static final int MAX_DEPTH = 120;

    final SchemaResources aResources;
    final SchemaResources bResources;
    final boolean aIsOld;
    private final String aRoot;
    private final String bRoot;
    private final int[] negations; // shared with the reversed prover
    private InclusionProver reversed;

    private final Map<String, List<Finding>> done = new HashMap<>();
    private final Map<String, Integer> inProgress = new HashMap<>();
    private final Set<String> assumed = new HashSet<>();
    private int depth;

    private final List<Rule> rules = new ArrayList<>();

    private InclusionProver(SchemaResources a, String aRoot, SchemaResources b, String bRoot, boolean aIsOld, int[] negations) {
        this.aResources = a;
        this.bResources = b;
        this.aRoot = aRoot;
        this.bRoot = bRoot;
        this.aIsOld = aIsOld;
        this.negations = negations;
        rules.addAll(new ScalarRules(this).rules());
        rules.addAll(new ObjectRules(this).rules());
        rules.addAll(new ArrayRules(this).rules());
        rules.addAll(new CombinatorRules(this).rules());
    }

    /** A prover with old on the a side (backward) or on the b side (forward), and its reverse for {@code not}. */
    static InclusionProver create(SchemaResources old, String oldRoot, SchemaResources neu, String newRoot, boolean backward) {
        int[] negations = new int[1];
        InclusionProver forward = backward
                ? new InclusionProver(old, oldRoot, neu, newRoot, true, negations)
                : new InclusionProver(neu, newRoot, old, oldRoot, false, negations);
        InclusionProver reverse = new InclusionProver(forward.bResources, forward.bRoot, forward.aResources, forward.aRoot,
                !forward.aIsOld, negations);
        forward.reversed = reverse;
        reverse.reversed = forward;
        return forward;
    }

    List<Finding> includes(Located a, Located b) {
        return includes(a, b, JsonTypes.ALL);
    }

    /** L(a) &#8838; L(b), where the instances are known to have one of the types in {@code context}. */
    List<Finding> includes(Located a, Located b, int context) {
        if (Keywords.isTrivial(b) || Keywords.isFalse(a.node()) || context == 0) {
            return List.of();
        }
        if (Keywords.isFalse(b.node())) {
            return List.of(finding(ChangeType.SCHEMA_NARROWED_TO_FALSE, ChangeType.SCHEMA_WIDENED_FROM_FALSE, a, "", b, "", null, null, null));
        }
        if (!a.own() && !b.own() && Keywords.sameAssertions(a.node(), b.node())) {
            return List.of();
        }
        String key = a.key() + "\u0000" + b.key() + "\u0000" + context;
        List<Finding> cached = done.get(key);
        if (cached != null) {
            return cached;
        }
        Integer negationsAtStart = inProgress.get(key);
        if (negationsAtStart != null) {
            if (negationsAtStart != negations[0]) {
                return List.of(cannotProve(a, "", b, "", "a recursive reference through not"));
            }
            assumed.add(key);
            return List.of();
        }
        if (depth > MAX_DEPTH) {
            return List.of(cannotProve(a, "", b, "", "nesting deeper than " + MAX_DEPTH));
        }
        inProgress.put(key, negations[0]);
        depth++;
        Set<String> assumedBefore = new HashSet<>(assumed);
        assumed.clear();
        List<Finding> result;
        try {
            result = List.copyOf(compare(a, b, context & types(a, aResources, new HashSet<>())));
        } finally {
            depth--;
            inProgress.remove(key);
        }
        assumed.remove(key);
        // a success that leaned on an assumption still open above is only provisional: do not reuse it
        if (!result.isEmpty() || assumed.isEmpty()) {
            done.put(key, result);
        }
        assumed.addAll(assumedBefore);
        return result;
    }

    /**
     * Every conjunct of b must be implied by a. b's own keywords are checked rule by rule, each rule
     * against every conjunct of a (its own keywords, its $ref targets and allOf members, transitively);
     * b's $ref target and allOf members are compared as wholes, the aligned conjunct of a first.
     * The findings reported are those of the aligned (first) candidate.
     */
    private List<Finding> compare(Located a, Located b, int context) {
        if (context == 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<Conjunct> as = conjuncts(a, aResources, out, false);
        List<Conjunct> bs = conjuncts(b, bResources, out, true);
        for (Conjunct right : bs) {
            if (Keywords.isTrivial(right.schema)) {
                continue;
            }
            if (right.schema.own()) {
                out.addAll(own(flatten(a), right.schema, context));
                continue;
            }
            List<Located> candidates = new ArrayList<>();
            as.stream().filter(c -> c.role.equals(right.role)).forEach(c -> candidates.add(c.schema));
            as.stream().filter(c -> !c.role.equals(right.role) && !Keywords.isTrivial(c.schema)).forEach(c -> candidates.add(c.schema));
            if (!a.own() && as.stream().filter(c -> !Keywords.isTrivial(c.schema)).count() > 1) {
                candidates.add(a); // the conjunction of a's parts may imply what no single part does
            }
            if (candidates.isEmpty()) {
                candidates.add(as.get(0).schema);
            }
            List<Finding> first = null;
            for (Located left : candidates) { // the first success ends the search; plain loops keep the stack shallow
                List<Finding> findings = includes(left, right.schema, context);
                if (findings.isEmpty()) {
                    first = null;
                    break;
                }
                first = first == null ? findings : first;
            }
            if (first != null) {
                out.addAll(first);
            }
        }
        return out;
    }

    /** b's own keywords, rule by rule, against the own keywords of a's conjuncts; each rule may be met by a different one. */
    private List<Finding> own(List<Located> candidates, Located b, int context) {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            List<Finding> first = null;
            for (Located left : candidates) {
                List<Finding> findings = new ArrayList<>();
                rule.check(left, b, context, findings);
                if (findings.isEmpty()) {
                    first = null;
                    break;
                }
                first = first == null ? findings : first;
            }
            if (first != null) {
                out.addAll(first);
            }
        }
        return out;
    }

    /** The own views of a and of every conjunct reachable through $ref and allOf (a first). */
    private List<Located> flatten(Located a) {
        List<Located> out = new ArrayList<>();
        java.util.Deque<Located> pending = new java.util.ArrayDeque<>(List.of(a));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty() && out.size() < 64) {
            Located next = pending.removeFirst();
            if (!seen.add(next.asOwn().key())) {
                continue;
            }
            out.add(next.asOwn());
            if (!next.own()) {
                for (Conjunct c : conjuncts(next, aResources, new ArrayList<>(), false)) {
                    if (!c.schema.own()) {
                        pending.addLast(c.schema);
                    }
                }
            }
        }
        return out;
    }

    private record Conjunct(String role, Located schema) {
    }

    /** A schema as its own keywords plus its $ref target plus its allOf members. */
    private List<Conjunct> conjuncts(Located schema, SchemaResources resources, List<Finding> out, boolean bSide) {
        List<Conjunct> list = new ArrayList<>();
        list.add(new Conjunct("own", schema.asOwn()));
        if (schema.own() || schema.node() == null || !schema.node().isObject()) {
            return list;
        }
        if (schema.has("$ref")) {
            Located target = References.resolve(schema, resources);
            if (target != null) {
                list.add(new Conjunct("$ref", target));
            } else if (bSide) { // dropping an unresolvable conjunct is sound on the a side only
                out.add(bSide(schema, "$ref", "unresolvable $ref " + schema.get("$ref")));
            }
        }
        if (bSide && schema.has("$dynamicRef")) {
            out.add(bSide(schema, "$dynamicRef", "$dynamicRef is not supported"));
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (int i = 0; i < allOf.size(); i++) {
                list.add(new Conjunct("allOf/" + i, schema.child("allOf", Integer.toString(i))));
            }
        }
        return list;
    }

    private Finding bSide(Located b, String keyword, String why) {
        Located nowhere = new Located(b.base(), "", null, false);
        return cannotProve(nowhere, "", b, "/" + keyword, why);
    }

    /** The instance types a schema can accept at all: type, const/enum, and its conjuncts and anyOf/oneOf branches. */
    int types(Located schema, SchemaResources resources, Set<String> visiting) {
        JsonNode node = schema.node();
        if (node == null || node.isBoolean()) {
            return node == null || node.booleanValue() ? JsonTypes.ALL : 0;
        }
        if (!visiting.add(schema.key())) {
            return JsonTypes.ALL;
        }
        int mask = JsonTypes.ALL;
        if (node.has("type")) {
            mask &= JsonTypes.ofKeyword(node.get("type"));
        }
        JsonNode step = node.get("multipleOf");
        if (step != null && step.isNumber() && JsonTypes.isInteger(Keywords.decimal(step))) {
            mask &= ~JsonTypes.FRACTION; // a multiple of an integer is an integer
        }
        List<JsonNode> values = Keywords.values(node);
        if (values != null) {
            int valueTypes = 0;
            for (JsonNode value : values) {
                valueTypes |= JsonTypes.ofValue(value);
            }
            mask &= valueTypes;
        }
        for (String branching : List.of("anyOf", "oneOf")) {
            JsonNode branches = node.get(branching);
            if (branches != null && branches.isArray() && !branches.isEmpty()) {
                int union = 0;
                for (int i = 0; i < branches.size(); i++) {
                    union |= types(schema.child(branching, Integer.toString(i)), resources, visiting);
                }
                mask &= union;
            }
        }
        if (!schema.own()) {
            if (node.has("$ref")) {
                Located target = References.resolve(schema, resources);
                if (target != null) {
                    mask &= types(target, resources, visiting);
                }
            }
            JsonNode allOf = node.get("allOf");
            if (allOf != null && allOf.isArray()) {
                for (int i = 0; i < allOf.size(); i++) {
                    mask &= types(schema.child("allOf", Integer.toString(i)), resources, visiting);
                }
            }
        }
        visiting.remove(schema.key());
        return mask;
    }

    /** L(b) &#8838; L(a) on the reversed prover, as {@code not} and {@code maxContains} need (contravariant positions). */
    List<Finding> reversedIncludes(Located b, Located a) {
        negations[0]++;
        try {
            return reversed.includes(b, a);
        } finally {
            negations[0]--;
        }
    }

    // ---- findings ----

    /**
     * A reason b does not include a. Moving from a to b narrows: seen from old to new that is
     * {@code narrowing} when a is the old schema, and {@code widening} when a is the new one.
     */
    Finding finding(ChangeType narrowing, ChangeType widening, Located a, String aSuffix, Located b, String bSuffix,
            String member, String aValue, String bValue) {
        return named(aIsOld ? narrowing : widening, a, aSuffix, b, bSuffix, member, aValue, bValue);
    }

    /** A reason with a fixed name (already from the old schema's point of view). */
    Finding named(ChangeType type, Located a, String aSuffix, Located b, String bSuffix, String member, String aValue, String bValue) {
        String aPointer = a.render(aRoot) + aSuffix;
        String bPointer = b.render(bRoot) + bSuffix;
        return aIsOld
                ? new Finding(type, aPointer, bPointer, member, aValue, bValue)
                : new Finding(type, bPointer, aPointer, member, bValue, aValue);
    }

    Finding cannotProve(Located a, String aSuffix, Located b, String bSuffix, String why) {
        return named(ChangeType.CANNOT_PROVE, a, aSuffix, b, bSuffix, why, null, null);
    }

    /** The suffix pointing at {@code keyword} when the schema has it, else nothing (the schema itself). */
    static String at(Located schema, String keyword) {
        return schema.has(keyword) ? "/" + keyword : "";
    }
}
