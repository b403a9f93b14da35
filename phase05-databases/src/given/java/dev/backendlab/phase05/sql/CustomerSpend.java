package dev.backendlab.phase05.sql;

/** A customer and what they spent over all their orders, in cents. */
public record CustomerSpend(String customer, long spentCents) {
}
