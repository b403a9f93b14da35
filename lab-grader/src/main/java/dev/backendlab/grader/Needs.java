package dev.backendlab.grader;

import dev.backendlab.grader.results.Need;
import java.io.File;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a check needs that a learner's machine may lack: an optional tool ({@code curl},
 * {@code nginx}, {@code openssl}, a browser), a newer JDK, or a real server. Without it the check
 * stops before it grades anything and the dashboard says "needs curl" with the install command:
 * it neither fails nor counts against the learner.
 *
 * <p>Call it first in the check, before anything the check starts:
 * <pre>{@code
 * Needs.tool("curl", "apt-get install curl / brew install curl");
 * Needs.jdk(21);
 * Needs.service("a real MongoDB", "set MONGODB_URL");
 * }</pre>
 * or declare it on the check or its class, where it is resolved before any setup runs:
 * {@code @Needs.Tool(value = "curl", install = "apt-get install curl / brew install curl")},
 * {@code @Needs.Jdk(21)}.
 *
 * <p>In solution mode a "needs" check is accepted, since the machine may lack the tool; CI installs
 * the tools and passes {@code -Dlab.requireTools=true} (or a list, {@code -Dlab.requireTools=curl,openssl}),
 * under which a missing tool fails the build like a failing check. A newer JDK and a real server are
 * never required: CI's JDK 25 run grades the first, and there is no package for the second.
 *
 * <p>{@code -Dlab.hideTools=curl} makes this grader treat the listed tools as missing, to see what a
 * learner without them sees.
 */
public final class Needs {

    /** System property: tools to treat as missing, comma-separated. */
    public static final String HIDE_TOOLS = "lab.hideTools";

    private Needs() {
    }

    /**
     * Stops the check as "needs {@code tool}" unless the program is on the PATH.
     *
     * @param tool    the program's name as typed in a shell ({@code curl})
     * @param install how to install it, for each platform ({@code apt-get install curl / brew install curl})
     */
    public static void tool(String tool, String install) {
        if (!hasTool(tool)) {
            String why = hiddenTools().contains(tool) ? "which -D" + HIDE_TOOLS + " hides" : "which is not on the PATH";
            throw new NeedsException(new Need(Need.Kind.TOOL, tool), "needs " + tool + ", " + why + ": install it ("
                    + install + ") and run this check again; until then it does not count");
        }
    }

    /** Stops the check as "needs JDK {@code feature}" when the running JDK is older. */
    public static void jdk(int feature) {
        int running = Runtime.version().feature();
        if (running < feature) {
            throw new NeedsException(new Need(Need.Kind.JDK, "JDK " + feature), "needs JDK " + feature + ", and this runs on JDK "
                    + running + ": grade it with JDK " + feature + " or newer (set JAVA_HOME); until then it does not count");
        }
    }

    /**
     * Stops the check as "needs {@code what}"; call it when a fixture finds only a stand-in. Never
     * required in CI (see the class comment).
     *
     * @param what what is missing, as the dashboard names it ({@code a real MongoDB})
     * @param how  how the learner provides it ({@code set MONGODB_URL})
     */
    public static void service(String what, String how) {
        throw new NeedsException(new Need(Need.Kind.SERVICE, what), "needs " + what + ": " + how
                + "; until then it does not count");
    }

    /** Whether {@code tool} is an executable on the PATH (and not hidden by {@value #HIDE_TOOLS}). */
    public static boolean hasTool(String tool) {
        if (hiddenTools().contains(tool)) {
            return false;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> suffixes = windows ? List.of("", ".exe", ".cmd", ".bat", ".com") : List.of("");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            for (String suffix : suffixes) {
                try {
                    Path candidate = Path.of(directory, tool + suffix);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // A PATH entry that is not a valid path here: look in the next one.
                }
            }
        }
        return false;
    }

    private static List<String> hiddenTools() {
        return Arrays.stream(System.getProperty(HIDE_TOOLS, "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The check, or every check of the class, needs a program on the PATH: as {@link #tool}, resolved
     * before the class's or the check's setup runs. Repeat it for two tools.
     */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Repeatable(Tools.class)
    @ExtendWith(NeedsExtension.class)
    public @interface Tool {
        /** The program's name, as typed in a shell. */
        String value();

        /** How to install it, for each platform. */
        String install();
    }

    /** Holds repeated {@link Tool} declarations. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ExtendWith(NeedsExtension.class)
    public @interface Tools {
        Tool[] value();
    }

    /** The check, or every check of the class, needs this JDK or newer: as {@link #jdk}. */
    @Documented
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ExtendWith(NeedsExtension.class)
    public @interface Jdk {
        /** The JDK's feature release, {@code 21}. */
        int value();
    }
}
