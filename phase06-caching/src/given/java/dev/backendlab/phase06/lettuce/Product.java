package dev.backendlab.phase06.lettuce;

import java.util.List;

/** What the store keeps: stored in Redis as the JSON Jackson writes for this record. */
public record Product(String id, String name, long priceCents, List<String> tags) {
}
