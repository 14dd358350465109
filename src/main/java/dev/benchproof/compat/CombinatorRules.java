package dev.benchproof.compat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * anyOf, oneOf, not and if/then/else. allOf and $ref are conjuncts the prover splits off before.
 * oneOf is exclusive: a changed branch may make an instance match two, so only unchanged branches
 * (or a single one) are proven; the rest is {@link ChangeType#CANNOT_PROVE}.
 */
final class CombinatorRules {

    private final InclusionProver prover;

    CombinatorRules(InclusionProver prover) {
        this.prover = prover;
    }

    List<Rule> rules() {
        return List.of(this::anyOf, this::oneOf, this::not, this::conditional);
    }

    private void anyOf(Located a, Located b, int context, List<Finding> out) {
        List<Located> left = branches(a, "anyOf");
        if (left.isEmpty()) {
            left = branches(a, "oneOf"); // an instance matching exactly one branch matches at least one
        }
        union(a, left, b, "anyOf", context, out);
    }

    /**
     * L(a) within the union of b's branches: each of a's branches (or a itself, one instance type at a
     * time) within some branch of b.
     */
    private void union(Located a, List<Located> left, Located b, String keyword, int context, List<Finding> out) {
        List<Located> right = branches(b, keyword);
        if (right.isEmpty()) {
            return;
        }
        boolean any = keyword.equals("anyOf");
        if (left.isEmpty()) {
            boolean covered = true;
            for (int type = 1; type <= JsonTypes.ALL && covered; type <<= 1) {
                int single = type;
                covered = (context & single) == 0 || right.stream().anyMatch(r -> prover.includes(a, r, single).isEmpty());
            }
            if (covered) {
                return;
            }
            if (right.size() == 1) {
                out.addAll(prover.includes(a, right.get(0), context));
            } else {
                out.add(prover.finding(any ? ChangeType.ANY_OF_ADDED : ChangeType.ONE_OF_ADDED,
                        any ? ChangeType.ANY_OF_REMOVED : ChangeType.ONE_OF_REMOVED, a, "", b, "/" + keyword, null, null,
                        Keywords.text(b.get(keyword))));
            }
            return;
        }
        for (int i = 0; i < left.size(); i++) {
            Located branch = left.get(i);
            List<Finding> aligned = i < right.size() ? prover.includes(branch, right.get(i), context) : null;
            if (aligned != null && aligned.isEmpty()) {
                continue;
            }
            if (right.stream().anyMatch(r -> prover.includes(branch, r, context).isEmpty())) {
                continue;
            }
            if (aligned != null) {
                out.addAll(aligned);
            } else {
                out.add(prover.finding(any ? ChangeType.ANY_OF_BRANCH_REMOVED : ChangeType.ONE_OF_BRANCH_REMOVED,
                        any ? ChangeType.ANY_OF_BRANCH_ADDED : ChangeType.ONE_OF_BRANCH_ADDED, branch, "", b,
                        "/" + keyword, Integer.toString(i), Keywords.text(branch.node()), null));
            }
        }
    }

    private void oneOf(Located a, Located b, int context, List<Finding> out) {
        List<Located> right = branches(b, "oneOf");
        if (right.isEmpty()) {
            return;
        }
        List<Located> left = branches(a, "oneOf");
        if (right.size() == 1) {
            Located aligned = left.size() == 1 ? left.get(0) : a;
            out.addAll(prover.includes(aligned, right.get(0), context));
            return;
        }
        if (exclusiveByType(right, prover.bResources)) {
            // branches of pairwise disjoint types never match together: oneOf means anyOf here
            union(a, left.isEmpty() ? branches(a, "anyOf") : left, b, "oneOf", context, out);
            return;
        }
        boolean unchanged = left.size() == right.size();
        for (int i = 0; unchanged && i < left.size(); i++) {
            unchanged = Keywords.sameAssertions(left.get(i).node(), right.get(i).node())
                    || (prover.includes(left.get(i), right.get(i)).isEmpty()
                            && prover.reversedIncludes(right.get(i), left.get(i)).isEmpty());
        }
        if (!unchanged) {
            out.add(prover.cannotProve(a, InclusionProver.at(a, "oneOf"), b, "/oneOf",
                    "oneOf branches changed: exclusivity not proven"));
        }
    }

    private boolean exclusiveByType(List<Located> branches, SchemaResources resources) {
        int seen = 0;
        for (Located branch : branches) {
            int types = prover.types(branch, resources, new java.util.HashSet<>());
            if ((seen & types) != 0) {
                return false;
            }
            seen |= types;
        }
        return true;
    }

    private void not(Located a, Located b, int context, List<Finding> out) {
        JsonNode bNot = b.get("not");
        if (bNot == null || Keywords.isFalse(b.node())) {
            return;
        }
        Located right = b.child("not");
        if (a.has("not")) {
            // L(a) within not(X) when X is within a's own not(Y): X subset of Y, the contravariant direction
            List<Finding> reverse = prover.reversedIncludes(right, a.child("not"));
            if (reverse.isEmpty() || disjoint(context, right)) {
                return;
            }
            out.addAll(reverse);
            return;
        }
        if (!disjoint(context, right)) {
            out.add(prover.finding(ChangeType.NOT_ADDED, ChangeType.NOT_REMOVED, a, "", b, "/not", null, null,
                    Keywords.text(bNot)));
        }
    }

    /** True when no instance of the context types can match {@code schema}. */
    private boolean disjoint(int context, Located schema) {
        return (context & prover.types(schema, prover.bResources, new java.util.HashSet<>())) == 0;
    }

    private void conditional(Located a, Located b, int context, List<Finding> out) {
        if (!b.has("if") || (!b.has("then") && !b.has("else"))) {
            return;
        }
        Located bThen = b.sub("then");
        Located bElse = b.sub("else");
        if (a.has("if") && Keywords.sameAssertions(a.get("if"), b.get("if"))) {
            out.addAll(prover.includes(a.sub("then"), bThen, context));
            out.addAll(prover.includes(a.sub("else"), bElse, context));
            return;
        }
        List<Finding> viaThen = prover.includes(a, bThen, context);
        List<Finding> viaElse = prover.includes(a, bElse, context);
        if (viaThen.isEmpty() && viaElse.isEmpty()) {
            return; // a implies both outcomes, whatever the condition says
        }
        if (a.has("if")) {
            out.add(prover.cannotProve(a, "/if", b, "/if", "if/then/else with a different condition"));
        } else {
            out.addAll(viaThen);
            out.addAll(viaElse);
        }
    }

    private static List<Located> branches(Located schema, String keyword) {
        List<Located> out = new ArrayList<>();
        JsonNode array = schema.get(keyword);
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                out.add(schema.child(keyword, Integer.toString(i)));
            }
        }
        return out;
    }
}
