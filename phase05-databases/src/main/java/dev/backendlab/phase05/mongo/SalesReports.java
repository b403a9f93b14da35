package dev.backendlab.phase05.mongo;

import com.mongodb.client.MongoDatabase;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;
import org.bson.Document;

/**
 * Reports computed by the server with aggregation pipelines: the documents flow through the stages
 * inside MongoDB, and only the result comes back.
 */
public final class SalesReports {

    public SalesReports(MongoDatabase database) {
        // TODO keep the products and orders collections of the database
    }

    /**
     * How many products carry each tag: documents {@code {tag, products}}, most first, ties by tag.
     * Pipeline: {@code $unwind} the tags, {@code $group} by tag, {@code $sort}, {@code $project}.
     */
    public List<Document> productsPerTag() {
        // TODO aggregate: $unwind, $group with a count, $sort, $project
        throw new NotImplementedYetException("count the products per tag (aggregation)", "Exercise 5: MongoDB");
    }

    /**
     * Revenue per category over all orders, quantity times the product's price: documents
     * {@code {category, revenueCents}}, highest first. Pipeline: {@code $lookup} each order's product,
     * {@code $unwind} it, {@code $group} by its category summing {@code quantity × priceCents},
     * {@code $sort}, {@code $project}.
     */
    public List<Document> revenuePerCategory() {
        // TODO aggregate on orders: $lookup the product, $unwind, $group summing a $multiply, $sort, $project
        throw new NotImplementedYetException("sum the revenue per category ($lookup)", "Exercise 5: MongoDB");
    }
}
