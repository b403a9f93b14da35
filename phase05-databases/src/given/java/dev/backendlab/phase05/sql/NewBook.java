package dev.backendlab.phase05.sql;

/** A book to insert: everything but the id, which the database generates. */
public record NewBook(String isbn, String title, int authorId, Integer categoryId, int priceCents) {
}
