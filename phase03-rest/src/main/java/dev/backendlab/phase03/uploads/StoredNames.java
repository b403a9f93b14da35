package dev.backendlab.phase03.uploads;

import dev.backendlab.grader.NotImplementedYetException;

/** The name an upload is stored under: derived from the client's file name, never trusted as a path. */
public final class StoredNames {

    private StoredNames() {
    }

    /**
     * A file name that is safe to resolve inside the upload folder:
     * <ol>
     *   <li>keep only what follows the last {@code /} or {@code \} (a path is not a name);</li>
     *   <li>replace every character outside {@code A-Z a-z 0-9 . _ -} with {@code _};</li>
     *   <li>drop leading dots (no hidden files, no {@code ..});</li>
     *   <li>if nothing is left, {@code upload}.</li>
     * </ol>
     * {@code "../../etc/passwd"} becomes {@code "passwd"}, {@code "my photo.png"} {@code "my_photo.png"}.
     */
    public static String sanitize(String clientName) {
        // TODO Keep the last path segment, replace unsafe characters, drop leading dots, fall back to "upload".
        throw new NotImplementedYetException("make a safe stored name from the client's file name", "Exercise 8: File uploads");
    }
}
