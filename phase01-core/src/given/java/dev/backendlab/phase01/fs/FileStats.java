package dev.backendlab.phase01.fs;

/** What {@code fs.stat} returns, reduced to what the exercise needs. */
public record FileStats(long size, boolean isFile, boolean isDirectory, long modifiedMillis) {
}
