package dev.backendlab.phase05.sql;

/**
 * One row of {@code books}.
 *
 * @param categoryId {@code null} for a book without a category (the column is nullable)
 */
public record Book(long id, String isbn, String title, int authorId, Integer categoryId, int priceCents) {
}
