package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.file.Path;

/** Java's file exceptions translated to Node's error codes. */
public final class FsErrors {

    private static final String SECTION = "Exercise 7: File system";

    /**
     * The Node error for {@code e}: NoSuchFileException is ENOENT, FileAlreadyExistsException EEXIST,
     * NotDirectoryException (or the OS reason "Not a directory") ENOTDIR, the reason "Is a directory"
     * EISDIR, DirectoryNotEmptyException ENOTEMPTY, AccessDeniedException EACCES; anything else EIO.
     */
    public static FsException fromJava(IOException e, String syscall, Path path) {
        // TODO
        throw new NotImplementedYetException("write FsErrors.fromJava", SECTION);
    }
}
