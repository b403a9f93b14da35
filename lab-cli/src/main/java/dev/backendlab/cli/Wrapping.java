package dev.backendlab.cli;

/** Wraps a paragraph at word boundaries for the terminal; a word longer than a line stays whole. */
final class Wrapping {

    private Wrapping() {
    }

    /** Every line starts with {@code indent} and ends with a newline. */
    static String wrap(String paragraph, String indent, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
