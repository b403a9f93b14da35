package dev.backendlab.phase01.fs;

import java.nio.file.Path;
import java.util.Map;

/**
 * A failed file system call, as Node reports it: a code ({@code ENOENT}), the system call, the path,
 * and the message {@code ENOENT: no such file or directory, open '/tmp/missing.txt'}.
 */
public class FsException extends Exception {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "ENOENT", "no such file or directory",
            "EEXIST", "file already exists",
            "ENOTDIR", "not a directory",
            "EISDIR", "illegal operation on a directory",
            "ENOTEMPTY", "directory not empty",
            "EACCES", "permission denied",
            "EIO", "i/o error");

    private final String code;
    private final String syscall;
    private final transient Path path;

    public FsException(String code, String syscall, Path path, Throwable cause) {
        super(code + ": " + DESCRIPTIONS.getOrDefault(code, "error") + ", " + syscall + " '" + path + "'", cause);
        this.code = code;
        this.syscall = syscall;
        this.path = path;
    }

    public FsException(String code, String syscall, Path path) {
        this(code, syscall, path, null);
    }

    public String code() {
        return code;
    }

    public String syscall() {
        return syscall;
    }

    public Path path() {
        return path;
    }
}
