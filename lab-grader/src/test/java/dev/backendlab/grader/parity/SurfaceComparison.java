package dev.backendlab.grader.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs a stub's members with its solution's and names every difference.
 *
 * <p>Members pair by kind, owner, name and parameter types. An API member left over pairs with the one
 * API member of the same kind, owner and name left on the other side, if there is exactly one: so a
 * changed parameter type reads as that, not as one method missing and another one extra.
 */
final class SurfaceComparison {

    /** Characters of context shown around the first difference of two Javadoc comments. */
    private static final int BEFORE = 30;
    private static final int AFTER = 50;

    private final String file;
    private final List<Drift> drifts = new ArrayList<>();

    private SurfaceComparison(String file) {
        this.file = file;
    }

    /** The drifts between {@code stub} and {@code solution}; {@code file} names the pair in each drift. */
    static List<Drift> compare(String file, List<ApiMember> stub, List<ApiMember> solution) {
        SurfaceComparison comparison = new SurfaceComparison(file);
        comparison.pairAll(stub, solution);
        return comparison.drifts;
    }

    private void pairAll(List<ApiMember> stub, List<ApiMember> solution) {
        Map<String, ApiMember> solutionByKey = new LinkedHashMap<>();
        solution.forEach(m -> solutionByKey.putIfAbsent(m.key(), m));
        List<ApiMember> stubLeft = new ArrayList<>();
        for (ApiMember s : stub) {
            ApiMember twin = solutionByKey.remove(s.key());
            if (twin == null) {
                stubLeft.add(s);
            } else {
                compare(s, twin);
            }
        }
        List<ApiMember> solutionLeft = new ArrayList<>(solutionByKey.values());
        // A member of a type the other side lacks is not listed again: the type's own line says it.
        // An @Override in one tree only changes no signature: the type inherits that method anyway
        // (a stub may leave "override userEventTriggered" to the learner as a TODO).
        stubLeft.removeIf(m -> !m.api() || m.overrides() || !hasOwner(m, solution));
        solutionLeft.removeIf(m -> !m.api() || m.overrides() || !hasOwner(m, stub));

        for (ApiMember s : stubLeft) {
            List<ApiMember> sameGroupStub = stubLeft.stream().filter(m -> m.group().equals(s.group())).toList();
            List<ApiMember> sameGroupSolution = solutionLeft.stream().filter(m -> m.group().equals(s.group())).toList();
            if (sameGroupStub.size() == 1 && sameGroupSolution.size() == 1) {
                compare(s, sameGroupSolution.get(0));
                solutionLeft.remove(sameGroupSolution.get(0));
            } else {
                drift(s, "only in the stub");
            }
        }
        for (ApiMember m : solutionLeft) {
            drift(m, "only in the solution");
        }
    }

    private static boolean hasOwner(ApiMember member, List<ApiMember> side) {
        return member.owner().isEmpty()
                || side.stream().anyMatch(m -> m.kind().equals("type") && m.name().equals(member.owner()));
    }

    private void compare(ApiMember stub, ApiMember solution) {
        if (stub.api() || solution.api()) {
            Set<String> parts = new LinkedHashSet<>(stub.signature().keySet());
            parts.addAll(solution.signature().keySet());
            for (String part : parts) {
                String ours = stub.signature().get(part);
                String theirs = solution.signature().get(part);
                if (!Objects.equals(ours, theirs)) {
                    String verb = part.endsWith("s") ? " differ" : " differs";
                    drift(stub, part + verb + ": stub " + quoted(ours) + ", solution " + quoted(theirs));
                }
            }
        }
        compareJavadoc(stub, solution.javadoc());
    }

    private void compareJavadoc(ApiMember stub, String theirs) {
        String ours = stub.javadoc();
        if (Objects.equals(ours, theirs)) {
            return;
        }
        if (theirs == null) {
            drift(stub, "Javadoc only in the stub");
        } else if (ours == null) {
            drift(stub, "Javadoc only in the solution");
        } else {
            int at = firstDifference(ours, theirs);
            drift(stub, "Javadoc differs: stub " + quoted(excerpt(ours, at)) + ", solution " + quoted(excerpt(theirs, at)));
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The text around {@code at}, with "..." where it is cut. */
    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(text.length(), at + AFTER);
        return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    private void drift(ApiMember member, String difference) {
        drifts.add(new Drift(file, member.label(), difference));
    }
}
