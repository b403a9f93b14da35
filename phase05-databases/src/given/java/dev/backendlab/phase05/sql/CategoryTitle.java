package dev.backendlab.phase05.sql;

/** A book's title with the name of its category. */
public record CategoryTitle(String category, String title) {
}
