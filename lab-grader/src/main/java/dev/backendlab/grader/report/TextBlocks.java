package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers the dashboard and the module block share. */
public final class TextBlocks {

    /** Lines of a failure message shown on screen; the full text stays in the reports. */
    static final int MAX_MESSAGE_LINES = 8;

    private TextBlocks() {
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    static String count(long passed, int total) {
        return passed + "/" + total;
    }

    /** The check's name and status, then its message indented under it, cut to a screenful. */
    public static void appendFailure(StringBuilder out, String indent, CheckResult check, Style style) {
        out.append(indent).append(style.symbol(check.status())).append(' ').append(check.name())
                .append(" (").append(check.label()).append(")\n");
        if (check.message() == null) {
            return;
        }
        List<String> lines = check.message().lines().toList();
        lines.stream().limit(MAX_MESSAGE_LINES)
                .forEach(line -> out.append(indent).append("    ").append(style.red(line)).append('\n'));
        if (lines.size() > MAX_MESSAGE_LINES) {
            out.append(indent).append("    ").append(style.dim("... " + (lines.size() - MAX_MESSAGE_LINES)
                    + " more lines in target/surefire-reports")).append('\n');
        }
    }

    /** Words joined with ", " and wrapped at {@code width}, each line starting with indent. */
    static void appendWrapped(StringBuilder out, String indent, List<String> words, int width) {
        List<String> separated = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            separated.add(words.get(i) + (i < words.size() - 1 ? "," : ""));
        }
        appendLines(out, indent, separated, width);
    }

    /**
     * A paragraph wrapped at word boundaries for the terminal: every line starts with {@code indent}
     * and ends with a newline; a word longer than a line stays whole.
     */
    public static String wrap(String paragraph, String indent, int width) {
        StringBuilder out = new StringBuilder();
        appendLines(out, indent, List.of(paragraph.strip().split("\\s+")), width);
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String indent, List<String> words, int width) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : words) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
