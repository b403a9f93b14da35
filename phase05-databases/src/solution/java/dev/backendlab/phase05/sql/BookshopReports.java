package dev.backendlab.phase05.sql;

import java.sql.SQLException;
import java.util.List;

/**
 * The bookshop's reports: one SQL query each, run through the given {@link SqlRunner}. Every
 * result comes back in the order the method promises, so each query ends with its own
 * {@code ORDER BY}: without one, PostgreSQL returns rows in whatever order its plan produces.
 *
 * <p>The rows are in {@link BookshopSchema#ROWS}; text sorts in byte order (the C locale).
 */
public final class BookshopReports {

    private final SqlRunner sql;

    public BookshopReports(SqlRunner sql) {
        this.sql = sql;
    }

    /** Books that have a category, with its name: an inner join. Ordered by category, then title. */
    public List<CategoryTitle> booksInCategories() throws SQLException {
        return sql.query("""
                SELECT c.name, b.title
                FROM books b
                JOIN categories c ON c.id = b.category_id
                ORDER BY c.name, b.title
                """, row -> new CategoryTitle(row.getString(1), row.getString(2)));
    }

    /**
     * Every author with the number of their books, 0 for an author without any: an outer join.
     * Ordered by that number, most first, then by name.
     */
    public List<AuthorBookCount> booksPerAuthor() throws SQLException {
        // COUNT(b.id) counts books; COUNT(*) would count the author's row the outer join keeps as 1.
        return sql.query("""
                SELECT a.name, COUNT(b.id)
                FROM authors a
                LEFT JOIN books b ON b.author_id = a.id
                GROUP BY a.id, a.name
                ORDER BY COUNT(b.id) DESC, a.name
                """, row -> new AuthorBookCount(row.getString(1), row.getLong(2)));
    }

    /**
     * Categories whose books sold for more than {@code minCents} in all (quantity times list price,
     * over every order line): a filter on a group, which {@code WHERE} cannot express. Ordered by
     * revenue, highest first.
     */
    public List<CategoryRevenue> categoriesWithRevenueOver(long minCents) throws SQLException {
        return sql.query("""
                SELECT c.name, SUM(oi.quantity * b.price_cents)
                FROM order_items oi
                JOIN books b ON b.id = oi.book_id
                JOIN categories c ON c.id = b.category_id
                GROUP BY c.id, c.name
                HAVING SUM(oi.quantity * b.price_cents) > ?
                ORDER BY SUM(oi.quantity * b.price_cents) DESC
                """, row -> new CategoryRevenue(row.getString(1), row.getLong(2)), minCents);
    }

    /** Titles of the books without a category, ordered by title. */
    public List<String> uncategorisedTitles() throws SQLException {
        // "= NULL" is never true, not even for NULL: it is unknown.
        return sql.query("SELECT title FROM books WHERE category_id IS NULL ORDER BY title",
                row -> row.getString(1));
    }

    /** Every book with its list price minus its discount, a missing discount being none. Ordered by title. */
    public List<BookPrice> pricesAfterDiscount() throws SQLException {
        return sql.query("""
                SELECT title, price_cents - COALESCE(discount_cents, 0)
                FROM books
                ORDER BY title
                """, row -> new BookPrice(row.getString(1), row.getLong(2)));
    }

    /**
     * Names of the customers who never placed an order, ordered by name. Beware the guest order,
     * whose {@code customer_id} is NULL.
     */
    public List<String> customersWithoutOrders() throws SQLException {
        // NOT IN (SELECT customer_id ...) is never true once the list holds a NULL; NOT EXISTS is.
        return sql.query("""
                SELECT c.name
                FROM customers c
                WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
                ORDER BY c.name
                """, row -> row.getString(1));
    }

    /**
     * The best sellers of each category (books with a category and at least one unit sold), ranked
     * by units sold, most first: tied books share a rank and the next rank skips, as {@code rank()}
     * does. Keeps the books ranked {@code top} or better. Ordered by category, rank, then title.
     */
    public List<RankedBook> bestSellersPerCategory(int top) throws SQLException {
        return sql.query("""
                WITH sales AS (
                    SELECT c.name AS category, b.title, SUM(oi.quantity) AS units
                    FROM order_items oi
                    JOIN books b ON b.id = oi.book_id
                    JOIN categories c ON c.id = b.category_id
                    GROUP BY c.name, b.id, b.title
                ), ranked AS (
                    SELECT category, title, units,
                           rank() OVER (PARTITION BY category ORDER BY units DESC) AS place
                    FROM sales
                )
                SELECT category, title, units, place
                FROM ranked
                WHERE place <= ?
                ORDER BY category, place, title
                """, row -> new RankedBook(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)), top);
    }

    /**
     * Customers who spent more than the average customer, where the average is over the customers
     * who placed at least one order (guests are no customers). Spend is quantity times list price.
     * Ordered by spend, highest first. Written with a common table expression ({@code WITH}).
     */
    public List<CustomerSpend> customersAboveAverageSpend() throws SQLException {
        return sql.query("""
                WITH spend AS (
                    SELECT c.name, SUM(oi.quantity * b.price_cents) AS cents
                    FROM customers c
                    JOIN orders o ON o.customer_id = c.id
                    JOIN order_items oi ON oi.order_id = o.id
                    JOIN books b ON b.id = oi.book_id
                    GROUP BY c.id, c.name
                )
                SELECT name, cents
                FROM spend
                WHERE cents > (SELECT AVG(cents) FROM spend)
                ORDER BY cents DESC
                """, row -> new CustomerSpend(row.getString(1), row.getLong(2)));
    }
}
