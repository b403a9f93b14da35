package dev.backendlab.cli;

import dev.backendlab.grader.report.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** Where the tool talks to the learner: an output, an input read line by line, a style. */
public final class Console {

    private final PrintStream out;
    private final BufferedReader in;
    private final Style style;

    public Console(PrintStream out, BufferedReader in, Style style) {
        this.out = out;
        this.in = in;
        this.style = style;
    }

    public static Console system() {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return new Console(System.out, new BufferedReader(new InputStreamReader(System.in, charset)), Style.detect());
    }

    public PrintStream out() {
        return out;
    }

    public Style style() {
        return style;
    }

    public void println(String line) {
        out.println(line);
        out.flush();
    }

    /** The next line typed, or empty at the end of the input (Ctrl-D, a closed pipe). */
    public Optional<String> readLine() {
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read from the terminal", e);
        }
    }

    /** Asks a yes/no question; anything but "y" or "yes", the end of the input included, is no. */
    public boolean confirm(String question) {
        out.print(question + " [y/N] ");
        out.flush();
        String answer = readLine().orElse("").strip().toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }
}
