package dev.backendlab.phase01.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Java's file exceptions translated to Node's error codes. */
public final class FsErrors {

    private FsErrors() {
    }

    /**
     * The Node error for {@code e}: NoSuchFileException is ENOENT, FileAlreadyExistsException EEXIST,
     * NotDirectoryException (or the OS reason "Not a directory") ENOTDIR, the reason "Is a directory"
     * EISDIR, DirectoryNotEmptyException ENOTEMPTY, AccessDeniedException EACCES; anything else EIO.
     */
    public static FsException fromJava(IOException e, String syscall, Path path) {
        return new FsException(codeOf(e), syscall, path, e);
    }

    private static String codeOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ENOENT";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "EEXIST";
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "ENOTEMPTY";
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES";
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if ("Not a directory".equals(reason)) {
            return "ENOTDIR";
        }
        if ("Is a directory".equals(reason)) {
            return "EISDIR";
        }
        return "EIO";
    }
}
