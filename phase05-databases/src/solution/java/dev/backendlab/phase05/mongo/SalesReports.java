package dev.backendlab.phase05.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Reports computed by the server with aggregation pipelines: the documents flow through the stages
 * inside MongoDB, and only the result comes back.
 */
public final class SalesReports {

    private final MongoCollection<Document> products;
    private final MongoCollection<Document> orders;

    public SalesReports(MongoDatabase database) {
        this.products = database.getCollection(CatalogData.PRODUCTS);
        this.orders = database.getCollection(CatalogData.ORDERS);
    }

    /**
     * How many products carry each tag: documents {@code {tag, products}}, most first, ties by tag.
     * Pipeline: {@code $unwind} the tags, {@code $group} by tag, {@code $sort}, {@code $project}.
     */
    public List<Document> productsPerTag() {
        return products.aggregate(List.of(
                Aggregates.unwind("$tags"),
                Aggregates.group("$tags", Accumulators.sum("products", 1)),
                Aggregates.sort(Sorts.orderBy(Sorts.descending("products"), Sorts.ascending("_id"))),
                Aggregates.project(Projections.fields(Projections.excludeId(),
                        Projections.computed("tag", "$_id"), Projections.include("products")))))
                .into(new ArrayList<>());
    }

    /**
     * Revenue per category over all orders, quantity times the product's price: documents
     * {@code {category, revenueCents}}, highest first. Pipeline: {@code $lookup} each order's product,
     * {@code $unwind} it, {@code $group} by its category summing {@code quantity × priceCents},
     * {@code $sort}, {@code $project}.
     */
    public List<Document> revenuePerCategory() {
        return orders.aggregate(List.of(
                Aggregates.lookup(CatalogData.PRODUCTS, "productId", "_id", "product"),
                Aggregates.unwind("$product"),
                Aggregates.group("$product.category", Accumulators.sum("revenueCents",
                        new Document("$multiply", List.of("$quantity", "$product.priceCents")))),
                Aggregates.sort(Sorts.descending("revenueCents")),
                Aggregates.project(Projections.fields(Projections.excludeId(),
                        Projections.computed("category", "$_id"), Projections.include("revenueCents")))))
                .into(new ArrayList<>());
    }
}
