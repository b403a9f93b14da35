package dev.backendlab.phase05.sql;

/** A category and what its books sold for: the sum of quantity times list price, in cents. */
public record CategoryRevenue(String category, long revenueCents) {
}
