package dev.backendlab.phase05.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@link CatalogData#PRODUCTS} collection through the driver's builders ({@code Filters},
 * {@code Updates}, {@code Projections}, {@code Sorts}): each method is one command to the server,
 * never a read of every document followed by filtering in Java.
 */
public final class ProductStore {

    private final MongoCollection<Document> products;
    private final MongoCollection<Document> views;

    public ProductStore(MongoDatabase database) {
        this.products = database.getCollection(CatalogData.PRODUCTS);
        this.views = database.getCollection(CatalogData.VIEWS);
    }

    /** Creates a unique index on {@code sku}, so that two products can never share one. */
    public void createIndexes() {
        products.createIndex(Indexes.ascending("sku"), new IndexOptions().unique(true));
    }

    /**
     * Stores a new product.
     *
     * @throws DuplicateSkuException if its {@code sku} is taken (the unique index refused it)
     */
    public void insert(Document product) {
        try {
            products.insertOne(product);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) { // code 11000
                throw new DuplicateSkuException(product.getString("sku"), e);
            }
            throw e;
        }
    }

    /**
     * Products of any of these categories priced above {@code minPriceCents} (strictly), ordered by
     * {@code _id}, each with only {@code _id}, {@code name} and {@code priceCents}.
     */
    public List<Document> inCategoriesAbove(List<String> categories, int minPriceCents) {
        return products.find(Filters.and(Filters.in("category", categories), Filters.gt("priceCents", minPriceCents)))
                .projection(Projections.include("name", "priceCents"))
                .sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    /** Ids of the products with one review by {@code user} of at least {@code minStars}, ascending. */
    public List<Integer> reviewedBy(String user, int minStars) {
        // $elemMatch: both conditions on the same review. Two separate conditions on "reviews.user"
        // and "reviews.stars" would be met by two different reviews of one product.
        return ids(Filters.elemMatch("reviews", Filters.and(Filters.eq("user", user), Filters.gte("stars", minStars))));
    }

    /** Ids of the products whose stock names no warehouse (no stock, or a stock without the field), ascending. */
    public List<Integer> withoutWarehouse() {
        return ids(Filters.exists("stock.warehouse", false));
    }

    /** Ids of the products stocked in {@code warehouse} with at least one unit, ascending. */
    public List<Integer> inStockAt(String warehouse) {
        return ids(Filters.and(Filters.eq("stock.warehouse", warehouse), Filters.gt("stock.qty", 0)));
    }

    /** Adds a tag unless the product has it already; the order of the others stays. */
    public void addTag(int id, String tag) {
        products.updateOne(Filters.eq("_id", id), Updates.addToSet("tags", tag));
    }

    /** Appends a review {@code {user, stars}} and adds 1 to {@code reviewCount} (missing counts as 0), in one update. */
    public void addReview(int id, String user, int stars) {
        products.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.push("reviews", new Document("user", user).append("stars", stars)),
                Updates.inc("reviewCount", 1)));
    }

    /** Sets the price; false when no product has this id (and none is created). */
    public boolean setPrice(int id, int priceCents) {
        return products.updateOne(Filters.eq("_id", id), Updates.set("priceCents", priceCents)).getMatchedCount() == 1;
    }

    /**
     * Counts one view of the product in {@link CatalogData#VIEWS} ({@code {_id: productId, count}}),
     * creating its document on the first view, in one atomic command, and returns the new count.
     */
    public int recordView(int productId) {
        Document after = views.findOneAndUpdate(Filters.eq("_id", productId), Updates.inc("count", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return after.getInteger("count");
    }

    /**
     * The {@code size} products after {@code afterId} ({@code null}: from the start) in {@code _id}
     * order: a range on {@code _id}, never {@code skip}, so a product deleted or added before the
     * cursor does not shift the pages.
     */
    public ProductPage page(Integer afterId, int size) {
        Bson filter = afterId == null ? new Document() : Filters.gt("_id", afterId);
        List<Document> items = products.find(filter).sort(Sorts.ascending("_id")).limit(size).into(new ArrayList<>());
        Integer next = items.size() < size ? null : items.get(items.size() - 1).getInteger("_id");
        return new ProductPage(items, next);
    }

    private List<Integer> ids(Bson filter) {
        List<Integer> ids = new ArrayList<>();
        products.find(filter).projection(Projections.include("_id")).sort(Sorts.ascending("_id"))
                .forEach(doc -> ids.add(doc.getInteger("_id")));
        return ids;
    }
}
