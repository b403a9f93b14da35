package dev.backendlab.phase05.sql;

/** A book's place among the best sellers of its category; tied books share a rank. */
public record RankedBook(String category, String title, long unitsSold, long rank) {
}
