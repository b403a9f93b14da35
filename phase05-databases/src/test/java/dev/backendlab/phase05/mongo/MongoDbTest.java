package dev.backendlab.phase05.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.mongo.TestMongo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Graded against a MongoDB wire-protocol server ({@link TestMongo}: the in-memory stand-in, or a
 * real MongoDB with MONGODB_URL), through the official driver, by the exact documents that come back.
 */
@Exercise(order = 5, title = "MongoDB", topics = {"MongoDB"})
class MongoDbTest {

    private static final String README = "see README, Exercise 5: MongoDB";

    private MongoDatabase db;
    private MongoCollection<Document> products;

    @BeforeAll
    static void startServer() {
        TestMongo.get();
    }

    @BeforeEach
    void freshCatalogue() {
        db = TestMongo.get().newDatabase("catalogue");
        products = db.getCollection(CatalogData.PRODUCTS);
        products.insertMany(CatalogData.products());
        db.getCollection(CatalogData.ORDERS).insertMany(CatalogData.orders());
    }

    private ProductStore store() {
        return new ProductStore(db);
    }

    @Test
    void a_query_with_in_gt_and_a_projection_returns_only_the_fields_asked_for() {
        assertThat(store().inCategoriesAbove(List.of("books", "music"), 1000))
                .as("inCategoriesAbove([books, music], 1000): Filters.in(\"category\", ...) and Filters.gt(\"priceCents\","
                        + " 1000) (Emma at 899 is out), ordered by _id, projected to _id, name and priceCents; " + README)
                .containsExactly(
                        new Document("_id", 1).append("name", "Dune").append("priceCents", 1299),
                        new Document("_id", 3).append("name", "Kind of Blue").append("priceCents", 1599),
                        new Document("_id", 4).append("name", "Blue Train").append("priceCents", 1099));
        assertThat(store().inCategoriesAbove(List.of("games"), 2500))
                .as("inCategoriesAbove([games], 2500): strictly above, so the chess set at 2500 is out; " + README)
                .containsExactly(new Document("_id", 5).append("name", "Go board").append("priceCents", 4500));
    }

    @Test
    void elem_match_needs_both_conditions_in_the_same_review() {
        assertThat(store().reviewedBy("ada", 5))
                .as("reviewedBy(\"ada\", 5): only Dune has one review by ada with 5 stars. Blue Train has a review by"
                        + " ada (2 stars) and a 5-star review by cy: separate conditions on reviews.user and"
                        + " reviews.stars match it, Filters.elemMatch(\"reviews\", ...) does not; " + README)
                .containsExactly(1);
        assertThat(store().reviewedBy("ada", 2)).as("reviewedBy(\"ada\", 2); " + README).containsExactly(1, 4, 5);
    }

    @Test
    void dotted_paths_reach_into_the_stock_and_exists_finds_what_is_missing() {
        assertThat(store().withoutWarehouse())
                .as("withoutWarehouse(): Filters.exists(\"stock.warehouse\", false) matches Blue Train (a stock without"
                        + " the field) and the Go board (no stock at all); " + README)
                .containsExactly(4, 5);
        assertThat(store().inStockAt("north")).as("inStockAt(\"north\"): stock.warehouse north and stock.qty above"
                + " 0; " + README).containsExactly(1, 3);
        assertThat(store().inStockAt("south")).as("inStockAt(\"south\"): Emma's stock there is 0, so only the chess set; "
                + README).containsExactly(6);
    }

    @Test
    void add_to_set_adds_a_tag_once_and_keeps_the_others_in_order() {
        store().addTag(1, "desert");
        store().addTag(1, "desert");
        store().addTag(1, "classic");

        assertThat(product(1).getList("tags", String.class))
                .as("Dune's tags after addTag(1, desert) twice and addTag(1, classic): $addToSet appends only what is"
                        + " missing ($push would repeat it); " + README)
                .containsExactly("scifi", "classic", "desert");
    }

    @Test
    void push_and_inc_change_one_document_in_one_update() {
        store().addReview(3, "dee", 5);
        store().addReview(3, "eli", 4);

        Document kindOfBlue = product(3);
        assertThat(kindOfBlue.getList("reviews", Document.class))
                .as("reviews of Kind of Blue after addReview(3, dee, 5) and addReview(3, eli, 4): $push appends; " + README)
                .containsExactly(new Document("user", "dee").append("stars", 5), new Document("user", "eli").append("stars", 4));
        assertThat(number(kindOfBlue.get("reviewCount"))).as("reviewCount after two reviews ($inc on a missing field starts"
                + " from 0); " + README).isEqualTo(2);
        assertThat(product(2).get("reviewCount")).as("Emma's reviewCount (not reviewed here): the update must touch"
                + " only the document whose _id matches; " + README).isNull();
    }

    @Test
    void set_changes_a_price_and_reports_a_missing_product_without_creating_it() {
        assertThat(store().setPrice(2, 999)).as("setPrice(2, 999) on an existing product; " + README).isTrue();
        assertThat(number(product(2).get("priceCents"))).as("Emma's price after setPrice; " + README).isEqualTo(999);
        assertThat(store().setPrice(99, 100)).as("setPrice(99, ...) when no product has _id 99: getMatchedCount() is 0; "
                + README).isFalse();
        assertThat(products.countDocuments()).as("products after setPrice on a missing id: no upsert here; " + README)
                .isEqualTo(6);
    }

    @Test
    void an_upsert_creates_the_counter_on_the_first_view_and_increments_it_after() {
        assertThat(store().recordView(3)).as("recordView(3), the first view: the upsert creates {_id: 3, count: 1}; "
                + README).isEqualTo(1);
        assertThat(store().recordView(3)).as("recordView(3) again; " + README).isEqualTo(2);
        assertThat(store().recordView(5)).as("recordView(5), another product's first view; " + README).isEqualTo(1);
        assertThat(db.getCollection(CatalogData.VIEWS).countDocuments())
                .as("documents in views after views of products 3 and 5: one per product; " + README).isEqualTo(2);
    }

    @Test
    void a_unique_index_turns_a_duplicate_sku_into_its_own_exception() {
        ProductStore store = store();
        store.createIndexes();
        store.insert(new Document("_id", 7).append("sku", "BK-003").append("name", "Middlemarch").append("category", "books"));

        assertThatExceptionOfType(DuplicateSkuException.class)
                .as("insert of a product whose sku BK-001 exists, after createIndexes(): the unique index refuses it"
                        + " (MongoWriteException, error code 11000), and you throw DuplicateSkuException; " + README)
                .isThrownBy(() -> store.insert(new Document("_id", 8).append("sku", "BK-001").append("name", "Dune again")))
                .withMessageContaining("BK-001");
        assertThat(products.countDocuments()).as("products after one good and one refused insert; " + README).isEqualTo(7);
    }

    @Test
    void pages_follow_the_id_so_a_deletion_before_the_cursor_skips_nothing() {
        ProductStore store = store();
        ProductPage first = store.page(null, 2);
        assertThat(ids(first)).as("page(null, 2): the first two products by _id; " + README).containsExactly(1, 2);
        assertThat(first.nextAfter()).as("nextAfter of the first page: the last _id on it; " + README).isEqualTo(2);

        products.deleteOne(new Document("_id", 1)); // someone deletes a product we have already shown
        ProductPage second = store.page(first.nextAfter(), 2);
        assertThat(ids(second)).as("page(2, 2) after product 1 was deleted: {_id: {$gt: 2}} still starts at 3; skip(2)"
                + " would now start at 4 and product 3 would never be shown; " + README).containsExactly(3, 4);

        List<Integer> rest = new ArrayList<>();
        ProductPage page = second;
        for (int i = 0; i < 5 && page.nextAfter() != null; i++) {
            page = store.page(page.nextAfter(), 2);
            rest.addAll(ids(page));
        }
        assertThat(rest).as("the pages after the second, followed by nextAfter until it is null; " + README)
                .containsExactly(5, 6);
        assertThat(page.nextAfter()).as("nextAfter of the last page (or of an empty page after it): null; " + README).isNull();
    }

    @Test
    void unwind_and_group_count_the_products_per_tag() {
        assertThat(normalised(new SalesReports(db).productsPerTag()))
                .as("productsPerTag(): $unwind tags, $group by tag counting 1 each, most first, ties by tag, as"
                        + " {tag, products} without _id; " + README)
                .containsExactly(
                        doc("tag", "classic", "products", 4L),
                        doc("tag", "jazz", "products", 2L),
                        doc("tag", "strategy", "products", 2L),
                        doc("tag", "romance", "products", 1L),
                        doc("tag", "scifi", "products", 1L));
    }

    @Test
    void lookup_joins_each_order_to_its_product_for_the_revenue_per_category() {
        assertThat(normalised(new SalesReports(db).revenuePerCategory()))
                .as("revenuePerCategory(): each order's quantity times its product's priceCents ($lookup products by"
                        + " productId = _id, $unwind, $group by product.category with $sum of $multiply), highest"
                        + " first, as {category, revenueCents}; " + README)
                .containsExactly(
                        doc("category", "games", "revenueCents", 5000L),
                        doc("category", "music", "revenueCents", 4896L),
                        doc("category", "books", "revenueCents", 3897L));
    }

    // ---- helpers ----

    private Document product(int id) {
        return products.find(new Document("_id", id)).first();
    }

    private static List<Integer> ids(ProductPage page) {
        return page.items().stream().map(d -> d.getInteger("_id")).toList();
    }

    private static long number(Object value) {
        assertThat(value).as("a numeric field").isInstanceOf(Number.class);
        return ((Number) value).longValue();
    }

    /** Whole numbers as longs, whatever width the server summed them in (int, long or double). */
    private static List<Map<String, Object>> normalised(List<Document> documents) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Document document : documents) {
            Map<String, Object> copy = new LinkedHashMap<>();
            document.forEach((key, value) -> copy.put(key, value instanceof Number n ? (Object) n.longValue() : value));
            result.add(copy);
        }
        return result;
    }

    private static Map<String, Object> doc(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
