package dev.backendlab.phase05.sql;

/** A book's title and the price a customer pays, in cents. */
public record BookPrice(String title, long priceCents) {
}
