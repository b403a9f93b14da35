package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The checks of an exercise, a sub-topic, a phase or the lab that did not run for want of a tool, a
 * newer JDK or a real server, and what they need: what every count shows after it, as in
 * {@code 32/32 (1 needs curl)}. Such checks are in no count: they neither pass nor fail.
 *
 * @param count how many checks
 * @param whats what they need, each once, in the order first met: {@code curl}, {@code JDK 21}
 */
public record NeedsTally(int count, List<String> whats) {

    public static final NeedsTally NONE = new NeedsTally(0, List.of());

    public NeedsTally {
        whats = List.copyOf(whats);
    }

    public static NeedsTally of(List<CheckResult> checks) {
        List<String> whats = new ArrayList<>();
        int count = 0;
        for (CheckResult check : checks) {
            if (check.needsSomething()) {
                count++;
                String what = check.need() == null ? "something" : check.need().what();
                if (!whats.contains(what)) {
                    whats.add(what);
                }
            }
        }
        return new NeedsTally(count, whats);
    }

    public static NeedsTally sum(Collection<NeedsTally> tallies) {
        List<String> whats = new ArrayList<>();
        int count = 0;
        for (NeedsTally tally : tallies) {
            count += tally.count;
            tally.whats.stream().filter(w -> !whats.contains(w)).forEach(whats::add);
        }
        return new NeedsTally(count, whats);
    }

    public boolean any() {
        return count > 0;
    }

    /** The status of what only has such checks: {@code needs curl}. */
    public String label() {
        return "needs " + String.join(", ", whats);
    }

    /** {@code 1 needs curl}, {@code 2 need curl, JDK 21}; empty when there are none. */
    public String note() {
        return count == 0 ? "" : count + (count == 1 ? " needs " : " need ") + String.join(", ", whats);
    }

    /** What follows a count: {@code " (1 needs curl)"}; empty when there are none. */
    public String suffix() {
        return count == 0 ? "" : " (" + note() + ")";
    }
}
