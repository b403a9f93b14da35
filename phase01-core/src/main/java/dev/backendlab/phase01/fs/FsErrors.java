package dev.backendlab.phase01.fs;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.file.Path;

/** Java's file exceptions translated to Node's error codes. */
public final class FsErrors {

    /**
     * The Node error for {@code e}: NoSuchFileException is ENOENT, FileAlreadyExistsException EEXIST,
     * NotDirectoryException (or the OS reason "Not a directory") ENOTDIR, the reason "Is a directory"
     * EISDIR, DirectoryNotEmptyException ENOTEMPTY, AccessDeniedException EACCES; anything else EIO.
     */
    public static FsException fromJava(IOException e, String syscall, Path path) {
        // TODO Map the exception type (then, for a plain FileSystemException, getReason()) to Node's code,
        //  keeping e as the cause; EIO for anything else.
        throw new NotImplementedYetException("map a Java file exception to Node's error code",
                "Exercise 7: File system");
    }
}
