package dev.backendlab.phase05.sql;

/** An author and how many books of theirs the shop lists (0 for none). */
public record AuthorBookCount(String author, long books) {
}
