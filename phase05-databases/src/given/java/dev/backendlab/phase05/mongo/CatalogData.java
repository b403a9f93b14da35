package dev.backendlab.phase05.mongo;

import java.util.List;
import org.bson.Document;

/**
 * The catalogue of exercise 5: six products and five orders. Read them: every expected result
 * follows from them. Product 4 has a stock without a warehouse, product 5 no stock at all; product
 * 4's reviews hold an "ada" and a 5-star review, but not in the same review.
 */
public final class CatalogData {

    public static final String PRODUCTS = "products";
    public static final String ORDERS = "orders";
    public static final String VIEWS = "views";

    private CatalogData() {
    }

    public static List<Document> products() {
        return List.of(
                product(1, "BK-001", "Dune", "books", 1299, List.of("scifi", "classic"),
                        new Document("warehouse", "north").append("qty", 4), List.of(review("ada", 5), review("bob", 2))),
                product(2, "BK-002", "Emma", "books", 899, List.of("classic", "romance"),
                        new Document("warehouse", "south").append("qty", 0), List.of(review("bob", 5))),
                product(3, "MU-001", "Kind of Blue", "music", 1599, List.of("jazz", "classic"),
                        new Document("warehouse", "north").append("qty", 2), List.of()),
                product(4, "MU-002", "Blue Train", "music", 1099, List.of("jazz"),
                        new Document("qty", 7), List.of(review("ada", 2), review("cy", 5))),
                product(5, "GM-001", "Go board", "games", 4500, List.of("strategy"), null, List.of(review("ada", 4))),
                product(6, "GM-002", "Chess set", "games", 2500, List.of("strategy", "classic"),
                        new Document("warehouse", "south").append("qty", 3), List.of()));
    }

    public static List<Document> orders() {
        return List.of(order(101, 1, 2), order(102, 3, 1), order(103, 1, 1), order(104, 6, 2), order(105, 4, 3));
    }

    private static Document product(int id, String sku, String name, String category, int priceCents, List<String> tags,
            Document stock, List<Document> reviews) {
        Document product = new Document("_id", id).append("sku", sku).append("name", name).append("category", category)
                .append("priceCents", priceCents).append("tags", tags);
        if (stock != null) {
            product.append("stock", stock);
        }
        return product.append("reviews", reviews);
    }

    private static Document review(String user, int stars) {
        return new Document("user", user).append("stars", stars);
    }

    private static Document order(int id, int productId, int quantity) {
        return new Document("_id", id).append("productId", productId).append("quantity", quantity);
    }
}
