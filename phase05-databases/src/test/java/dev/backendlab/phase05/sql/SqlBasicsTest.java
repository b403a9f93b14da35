package dev.backendlab.phase05.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.zaxxer.hikari.HikariDataSource;
import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.postgres.TestDatabase;
import dev.backendlab.grader.fixtures.postgres.TestPostgres;
import dev.backendlab.phase05.support.Pools;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Exercise(order = 1, title = "SQL basics", topics = {"SQL Basics"})
class SqlBasicsTest {

    private static final String README = "see README, Exercise 1: SQL basics";

    /** The seeded bookshop, read by the reports only: its rows never change. */
    private static TestDatabase shop;
    /** The same tables, for the repository's writes. */
    private static TestDatabase writable;

    private HikariDataSource pool;
    private BookshopReports reports;

    @BeforeAll
    static void createDatabases() throws SQLException {
        shop = TestPostgres.get().newDatabase("bookshop");
        BookshopSchema.create(shop.dataSource(), true);
        writable = TestPostgres.get().newDatabase("bookshop_writes");
        BookshopSchema.create(writable.dataSource(), true);
    }

    @AfterAll
    static void dropDatabases() {
        if (shop != null) {
            shop.close();
        }
        if (writable != null) {
            writable.close();
        }
    }

    @BeforeEach
    void openPools() {
        pool = Pools.pool(shop, 2);
        reports = new BookshopReports(new SqlRunner(pool));
    }

    /** Graded after every check: a connection not given back is lost to every later caller. */
    @AfterEach
    void everyConnectionWentBackToThePool() {
        try {
            assertThat(Pools.borrowed(pool))
                    .as("connections still borrowed from the pool after the check: close every Connection you open"
                            + " (try-with-resources), also when a statement throws; " + README)
                    .isZero();
        } finally {
            pool.close();
        }
    }

    /** The repository on the writable copy, through a pool of {@code size} connections. */
    private BookRepository repository(int size) {
        pool.close();
        pool = Pools.pool(writable, size);
        return new BookRepository(pool);
    }

    private BookRepository repository() {
        return repository(2);
    }

    // ---- the reports, on the seeded rows (BookshopSchema.ROWS) ----

    @Test
    void an_inner_join_lists_only_the_books_that_have_a_category() throws SQLException {
        assertThat(reports.booksInCategories())
                .as("booksInCategories(): the books with a category (JOIN drops the two with category_id NULL),"
                        + " ordered by category, then title; " + README)
                .containsExactly(
                        new CategoryTitle("Fantasy", "A Wizard of Earthsea"),
                        new CategoryTitle("Humour", "The Third Policeman"),
                        new CategoryTitle("Science Fiction", "Consider Phlebas"),
                        new CategoryTitle("Science Fiction", "Dune"),
                        new CategoryTitle("Science Fiction", "Dune Messiah"),
                        new CategoryTitle("Science Fiction", "The Left Hand of Darkness"));
    }

    @Test
    void an_outer_join_counts_an_author_without_books_as_zero() throws SQLException {
        assertThat(reports.booksPerAuthor())
                .as("booksPerAuthor(): every author, Octavia E. Butler with 0 (LEFT JOIN, and COUNT(b.id): COUNT(*)"
                        + " counts her row as 1), ordered by count descending, then name; " + README)
                .containsExactly(
                        new AuthorBookCount("Ursula K. Le Guin", 3),
                        new AuthorBookCount("Flann O'Brien", 2),
                        new AuthorBookCount("Frank Herbert", 2),
                        new AuthorBookCount("Iain M. Banks", 1),
                        new AuthorBookCount("Octavia E. Butler", 0));
    }

    @Test
    void having_keeps_only_the_categories_over_the_revenue_asked_for() throws SQLException {
        assertThat(reports.categoriesWithRevenueOver(2000))
                .as("categoriesWithRevenueOver(2000): sum of quantity * price_cents per category, kept when > 2000"
                        + " (HAVING), highest first; " + README)
                .containsExactly(new CategoryRevenue("Science Fiction", 8095), new CategoryRevenue("Humour", 3297));
        assertThat(reports.categoriesWithRevenueOver(1000))
                .as("categoriesWithRevenueOver(1000): the bound is the parameter, not a number in the SQL; " + README)
                .containsExactly(new CategoryRevenue("Science Fiction", 8095), new CategoryRevenue("Humour", 3297),
                        new CategoryRevenue("Fantasy", 1798));
        assertThat(reports.categoriesWithRevenueOver(8095))
                .as("categoriesWithRevenueOver(8095): more than, not at least; " + README)
                .isEmpty();
    }

    @Test
    void is_null_finds_the_books_without_a_category() throws SQLException {
        assertThat(reports.uncategorisedTitles())
                .as("uncategorisedTitles(): \"category_id = NULL\" matches no row, ever (NULL = NULL is unknown);"
                        + " the test is IS NULL. Ordered by title; " + README)
                .containsExactly("At Swim-Two-Birds", "The Dispossessed");
    }

    @Test
    void coalesce_counts_a_missing_discount_as_none() throws SQLException {
        assertThat(reports.pricesAfterDiscount())
                .as("pricesAfterDiscount(): price_cents - discount_cents is NULL when the discount is NULL;"
                        + " COALESCE(discount_cents, 0) makes it the full price. Every book, ordered by title; " + README)
                .containsExactly(
                        new BookPrice("A Wizard of Earthsea", 899),
                        new BookPrice("At Swim-Two-Birds", 1199),
                        new BookPrice("Consider Phlebas", 1000),
                        new BookPrice("Dune", 1299),
                        new BookPrice("Dune Messiah", 799),
                        new BookPrice("The Dispossessed", 1000),
                        new BookPrice("The Left Hand of Darkness", 999),
                        new BookPrice("The Third Policeman", 1099));
    }

    @Test
    void customers_without_orders_are_found_despite_the_guest_order_with_no_customer() throws SQLException {
        assertThat(reports.customersWithoutOrders())
                .as("customersWithoutOrders(): NOT IN (SELECT customer_id FROM orders) is never true, because that"
                        + " list holds the guest order's NULL; NOT EXISTS (or a LEFT JOIN ... IS NULL) is. Ordered by name; "
                        + README)
                .containsExactly("Dmitri", "Elif");
    }

    @Test
    void rank_lets_tied_books_share_a_place_and_keeps_them_both() throws SQLException {
        assertThat(reports.bestSellersPerCategory(3))
                .as("bestSellersPerCategory(3): rank() OVER (PARTITION BY category ORDER BY units DESC); the two"
                        + " Science Fiction books with 1 unit tie at rank 3 and both stay (row_number() would keep"
                        + " one). Ordered by category, rank, title; " + README)
                .containsExactly(
                        new RankedBook("Fantasy", "A Wizard of Earthsea", 2, 1),
                        new RankedBook("Humour", "The Third Policeman", 3, 1),
                        new RankedBook("Science Fiction", "Dune", 3, 1),
                        new RankedBook("Science Fiction", "Consider Phlebas", 2, 2),
                        new RankedBook("Science Fiction", "Dune Messiah", 1, 3),
                        new RankedBook("Science Fiction", "The Left Hand of Darkness", 1, 3));
        assertThat(reports.bestSellersPerCategory(1))
                .as("bestSellersPerCategory(1): the top seller of each category; " + README)
                .containsExactly(
                        new RankedBook("Fantasy", "A Wizard of Earthsea", 2, 1),
                        new RankedBook("Humour", "The Third Policeman", 3, 1),
                        new RankedBook("Science Fiction", "Dune", 3, 1));
    }

    @Test
    void a_cte_compares_each_customer_with_the_average_of_those_who_ordered() throws SQLException {
        assertThat(reports.customersAboveAverageSpend())
                .as("customersAboveAverageSpend(): Ada spent 4496, Chiara 4396, Brendan 3399, so the average is"
                        + " 4097 (customers without orders are not in it, nor is the guest). Highest first; " + README)
                .containsExactly(new CustomerSpend("Ada", 4496), new CustomerSpend("Chiara", 4396));
    }

    // ---- the repository, on its own copy of the tables ----

    @Test
    void insert_returns_the_generated_id_and_find_by_isbn_reads_the_row_back() throws SQLException {
        BookRepository repository = repository();
        long id = repository.insert(new NewBook("978-1-00-000001-0", "Kindred", 5, 3, 999));

        assertThat(id).as("insert(...) returns the id PostgreSQL generated (getGeneratedKeys or RETURNING id);"
                + " the seed holds ids 1 to 8; " + README).isGreaterThan(8);
        assertThat(repository.findByIsbn("978-1-00-000001-0"))
                .as("findByIsbn(...) after insert: the row as stored, mapped to a Book; " + README)
                .contains(new Book(id, "978-1-00-000001-0", "Kindred", 5, 3, 999));
        assertThat(repository.insert(new NewBook("978-1-00-000002-7", "Parable of the Sower", 5, 3, 1500)))
                .as("a second insert gets the next id, not the first one again; " + README)
                .isGreaterThan(id);
    }

    @Test
    void a_book_without_a_category_reads_back_with_null_not_zero() throws SQLException {
        BookRepository repository = repository();
        long id = repository.insert(new NewBook("978-1-00-000003-4", "The Wasp Factory", 4, null, 850));

        assertThat(queryLong(writable, "SELECT count(*) FROM books WHERE id = " + id + " AND category_id IS NULL"))
                .as("insert(...) of a NewBook with categoryId null must store NULL (setObject(4, null, Types.INTEGER)"
                        + " or setNull), not 0; " + README)
                .isEqualTo(1);
        assertThat(repository.findByIsbn("978-1-00-000003-4"))
                .as("findByIsbn(...) of a book whose category_id is NULL: ResultSet.getInt reads NULL as 0;"
                        + " getObject(column, Integer.class) keeps it null; " + README)
                .contains(new Book(id, "978-1-00-000003-4", "The Wasp Factory", 4, null, 850));
    }

    @Test
    void find_by_isbn_of_an_unknown_book_is_empty() throws SQLException {
        assertThat(repository().findByIsbn("978-9-99-999999-9"))
                .as("findByIsbn(...) of an ISBN no book has: Optional.empty(), not an exception; " + README)
                .isEmpty();
    }

    @Test
    void find_by_author_takes_a_name_with_a_quote_as_data_and_orders_by_title() throws SQLException {
        BookRepository repository = repository();

        List<Book> obrien;
        try {
            obrien = repository.findByAuthor("Flann O'Brien");
        } catch (SQLException e) {
            throw new AssertionError("findByAuthor(\"Flann O'Brien\") failed with " + e.getMessage() + ": the quote"
                    + " in the name ended a string literal pasted into the SQL. Put a ? in the SQL and bind the name"
                    + " with setString; " + README, e);
        }
        assertThat(obrien).extracting(Book::title)
                .as("findByAuthor(\"Flann O'Brien\"): the quote in the name must travel as a ? parameter;"
                        + " pasted into the SQL text it ends the string literal (a syntax error, or SQL injection)."
                        + " Ordered by title; " + README)
                .containsExactly("At Swim-Two-Birds", "The Third Policeman");
        assertThat(repository.findByAuthor("Ursula K. Le Guin")).extracting(Book::title)
                .as("findByAuthor(\"Ursula K. Le Guin\"), ordered by title; " + README)
                .containsExactly("A Wizard of Earthsea", "The Dispossessed", "The Left Hand of Darkness");
        assertThat(repository.findByAuthor("x' OR '1'='1"))
                .as("findByAuthor(\"x' OR '1'='1\"): a name no author has finds nothing; pasted into the SQL it"
                        + " would return every book; " + README)
                .isEmpty();
    }

    @Test
    void a_duplicate_isbn_is_refused_with_its_own_exception_and_changes_nothing() throws SQLException {
        BookRepository repository = repository();
        long before = queryLong(writable, "SELECT count(*) FROM books");

        assertThatExceptionOfType(DuplicateIsbnException.class)
                .as("insert(...) of an ISBN already listed: catch the SQLException whose getSQLState() is 23505"
                        + " (unique_violation) and throw DuplicateIsbnException; " + README)
                .isThrownBy(() -> repository.insert(new NewBook("978-0-00-000003-5", "Dune (again)", 2, 3, 100)))
                .withMessageContaining("978-0-00-000003-5");
        assertThat(queryLong(writable, "SELECT count(*) FROM books"))
                .as("books after the refused insert; " + README).isEqualTo(before);
    }

    @Test
    void add_stock_creates_the_row_then_adds_to_it_in_one_upsert() throws SQLException {
        BookRepository repository = repository();

        assertThat(repository.addStock(3, 5)).as("addStock(3, 5) on a book with no stock row: the new quantity; " + README)
                .isEqualTo(5);
        assertThat(repository.addStock(3, 3)).as("addStock(3, 3) next: 5 + 3 (ON CONFLICT ... DO UPDATE SET quantity ="
                + " stock.quantity + EXCLUDED.quantity, RETURNING quantity); " + README).isEqualTo(8);
        assertThat(queryLong(writable, "SELECT count(*) FROM stock WHERE book_id = 3"))
                .as("stock rows of book 3; " + README).isEqualTo(1);
    }

    @Test
    void concurrent_add_stock_loses_no_copy_and_makes_one_row() throws Exception {
        BookRepository concurrent = repository(8);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        concurrent.addStock(4, 1);
                    }
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(callers, 8, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(queryLong(writable, "SELECT quantity FROM stock WHERE book_id = 4"))
                .as("stock of book 4 after 8 threads added 1 copy 25 times each: a SELECT then INSERT or UPDATE"
                        + " loses counts or fails on the primary key; one upsert does neither; " + README)
                .isEqualTo(200);
    }

    @Test
    void every_method_gives_its_connection_back_even_when_it_fails() throws SQLException {
        BookRepository repository = repository();
        // Twice the pool's size: a method that keeps its connection runs the pool dry before the end.
        for (int i = 0; i < 4; i++) {
            repository.findByIsbn("978-0-00-000001-1");
            repository.findByAuthor("Frank Herbert");
            repository.addStock(5, 1);
            try {
                repository.insert(new NewBook("978-0-00-000001-1", "duplicate", 1, 1, 100));
            } catch (DuplicateIsbnException expected) {
                // the failing path must give its connection back too
            }
            assertThat(Pools.borrowed(pool))
                    .as("connections still borrowed after round %d of findByIsbn, findByAuthor, addStock and a refused"
                            + " insert (pool of 2): open each in try-with-resources; " + README, i + 1)
                    .isZero();
        }
    }

    private static long queryLong(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }
}
