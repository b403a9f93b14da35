package dev.backendlab.phase05.mongo;

import java.util.List;
import org.bson.Document;

/**
 * One page of products in {@code _id} order.
 *
 * @param nextAfter the {@code _id} to pass as {@code afterId} for the next page; {@code null} on the
 *                  last page
 */
public record ProductPage(List<Document> items, Integer nextAfter) {
}
