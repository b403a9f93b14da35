package dev.backendlab.grader.parity;

/**
 * One way a stub and its solution disagree, printed as one line: the file, the member, the difference.
 *
 * @param file the file, relative to the repository root (the stub's, unless only the solution has it)
 * @param member the member, as {@code method Owner.name(ParamType, ...)}; empty for a whole file
 * @param difference what differs, with both sides' values
 */
public record Drift(String file, String member, String difference) {

    @Override
    public String toString() {
        return member.isEmpty() ? file + ": " + difference : file + ": " + member + ": " + difference;
    }
}
