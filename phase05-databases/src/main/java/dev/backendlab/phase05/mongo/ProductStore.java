package dev.backendlab.phase05.mongo;

import com.mongodb.client.MongoDatabase;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;
import org.bson.Document;

/**
 * The {@link CatalogData#PRODUCTS} collection through the driver's builders ({@code Filters},
 * {@code Updates}, {@code Projections}, {@code Sorts}): each method is one command to the server,
 * never a read of every document followed by filtering in Java.
 */
public final class ProductStore {

    public ProductStore(MongoDatabase database) {
        // TODO keep the products and views collections of the database
    }

    /** Creates a unique index on {@code sku}, so that two products can never share one. */
    public void createIndexes() {
        // TODO one unique index on sku (Indexes, IndexOptions)
        throw new NotImplementedYetException("create the unique index on sku", "Exercise 5: MongoDB");
    }

    /**
     * Stores a new product.
     *
     * @throws DuplicateSkuException if its {@code sku} is taken (the unique index refused it)
     */
    public void insert(Document product) {
        // TODO insertOne; a MongoWriteException whose error is a duplicate key (11000) becomes DuplicateSkuException
        throw new NotImplementedYetException("insert a product", "Exercise 5: MongoDB");
    }

    /**
     * Products of any of these categories priced above {@code minPriceCents} (strictly), ordered by
     * {@code _id}, each with only {@code _id}, {@code name} and {@code priceCents}.
     */
    public List<Document> inCategoriesAbove(List<String> categories, int minPriceCents) {
        // TODO find with $in and $gt, a projection, a sort
        throw new NotImplementedYetException("find products with $in, $gt and a projection", "Exercise 5: MongoDB");
    }

    /** Ids of the products with one review by {@code user} of at least {@code minStars}, ascending. */
    public List<Integer> reviewedBy(String user, int minStars) {
        // TODO both conditions must hold for the same review
        throw new NotImplementedYetException("find products by one review ($elemMatch)", "Exercise 5: MongoDB");
    }

    /** Ids of the products whose stock names no warehouse (no stock, or a stock without the field), ascending. */
    public List<Integer> withoutWarehouse() {
        // TODO a dotted path into the stock sub-document, and $exists
        throw new NotImplementedYetException("find products without a warehouse ($exists)", "Exercise 5: MongoDB");
    }

    /** Ids of the products stocked in {@code warehouse} with at least one unit, ascending. */
    public List<Integer> inStockAt(String warehouse) {
        // TODO dotted paths into the stock sub-document
        throw new NotImplementedYetException("find products in stock at a warehouse (dotted paths)", "Exercise 5: MongoDB");
    }

    /** Adds a tag unless the product has it already; the order of the others stays. */
    public void addTag(int id, String tag) {
        // TODO updateOne with $addToSet
        throw new NotImplementedYetException("add a tag ($addToSet)", "Exercise 5: MongoDB");
    }

    /** Appends a review {@code {user, stars}} and adds 1 to {@code reviewCount} (missing counts as 0), in one update. */
    public void addReview(int id, String user, int stars) {
        // TODO updateOne with $push and $inc combined
        throw new NotImplementedYetException("add a review ($push, $inc)", "Exercise 5: MongoDB");
    }

    /** Sets the price; false when no product has this id (and none is created). */
    public boolean setPrice(int id, int priceCents) {
        // TODO updateOne with $set; the result says how many documents matched
        throw new NotImplementedYetException("set a price ($set)", "Exercise 5: MongoDB");
    }

    /**
     * Counts one view of the product in {@link CatalogData#VIEWS} ({@code {_id: productId, count}}),
     * creating its document on the first view, in one atomic command, and returns the new count.
     */
    public int recordView(int productId) {
        // TODO findOneAndUpdate with $inc, upsert, and the document after the update
        throw new NotImplementedYetException("count a view with an upsert", "Exercise 5: MongoDB");
    }

    /**
     * The {@code size} products after {@code afterId} ({@code null}: from the start) in {@code _id}
     * order: a range on {@code _id}, never {@code skip}, so a product deleted or added before the
     * cursor does not shift the pages.
     */
    public ProductPage page(Integer afterId, int size) {
        // TODO a range on _id after afterId, sorted by _id, limited to size
        throw new NotImplementedYetException("page through products by _id", "Exercise 5: MongoDB");
    }
}
