package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckStatus;
import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How the dashboard draws: Unicode bars and symbols or their ASCII fallback, with or without
 * colour. Colour only on an interactive terminal without {@code NO_COLOR}; Unicode only when the
 * output is UTF-8. {@code -Dlab.ascii=true} and {@code -Dlab.color=false} force either off.
 */
public record Style(boolean unicode, boolean color) {

    public static final Style ASCII = new Style(false, false);
    public static final Style UNICODE = new Style(true, false);

    private static final String RESET = "\u001b[0m";

    public static Style detect() {
        boolean terminal = isInteractiveTerminal();
        String noColor = System.getenv("NO_COLOR");
        boolean color = terminal && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM"))
                && !"false".equals(System.getProperty("lab.color"));
        boolean unicode = outputCharset().equals(StandardCharsets.UTF_8)
                && !"true".equals(System.getProperty("lab.ascii"));
        return new Style(unicode, color);
    }

    /** A bar of {@code width} cells, filled in proportion to passed of total. */
    public String bar(long passed, int total, int width) {
        int filled = total == 0 ? 0 : (int) (passed * width / total);
        if (filled == 0 && passed > 0) {
            filled = 1;
        }
        String full = unicode ? "\u2588" : "#";
        String empty = unicode ? "\u2591" : ".";
        String bar = full.repeat(filled) + empty.repeat(width - filled);
        return unicode ? " " + bar + " " : "[" + bar + "]";
    }

    public String symbol(ProgressStatus status) {
        return switch (status) {
            case DONE -> unicode ? "\u2714" : "[x]";
            case IN_PROGRESS -> unicode ? "\u25d0" : "[~]";
            case NOT_STARTED -> unicode ? "\u25cb" : "[ ]";
            case NOT_GRADED -> unicode ? "!" : "[!]";
            case NEEDS -> unicode ? "\u25cc" : "[-]";
            case NO_EXERCISES, NOT_IN_LAB -> unicode ? "\u00b7" : "[-]";
        };
    }

    public String symbol(CheckStatus status) {
        return switch (status) {
            case PASSED -> unicode ? "\u2714" : "+";
            case NOT_STARTED, SKIPPED -> unicode ? "\u25cb" : "o";
            case FAILING, BROKEN, TIMED_OUT -> unicode ? "\u2718" : "x";
            case NEEDS -> unicode ? "\u25cc" : "-";
        };
    }

    /**
     * Colours text by status: green done, yellow in progress, red trouble, dim for what is not there
     * (or waits for a missing tool).
     */
    public String paint(ProgressStatus status, String text) {
        return switch (status) {
            case DONE -> paint("32", text);
            case IN_PROGRESS -> paint("33", text);
            case NOT_GRADED -> paint("31", text);
            case NO_EXERCISES, NOT_IN_LAB, NEEDS -> paint("2", text);
            case NOT_STARTED -> text;
        };
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    public String rule(int width) {
        return (unicode ? "\u2500" : "-").repeat(width);
    }

    public String dot() {
        return unicode ? " \u00b7 " : " - ";
    }

    private String paint(String sgr, String text) {
        return color && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + RESET : text;
    }

    private static boolean isInteractiveTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ returns a Console even when output is redirected; isTerminal() tells the truth.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static Charset outputCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }
}
