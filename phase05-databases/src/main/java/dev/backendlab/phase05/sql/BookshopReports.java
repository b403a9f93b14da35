package dev.backendlab.phase05.sql;

import dev.backendlab.grader.NotImplementedYetException;
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

    public BookshopReports(SqlRunner sql) {
        // TODO keep the runner; each method below is one sql.query(...) call
    }

    /** Books that have a category, with its name: an inner join. Ordered by category, then title. */
    public List<CategoryTitle> booksInCategories() throws SQLException {
        // TODO join books to categories; map each row to a CategoryTitle
        throw new NotImplementedYetException("list the books that have a category (an inner join)", "Exercise 1: SQL basics");
    }

    /**
     * Every author with the number of their books, 0 for an author without any: an outer join.
     * Ordered by that number, most first, then by name.
     */
    public List<AuthorBookCount> booksPerAuthor() throws SQLException {
        // TODO LEFT JOIN books onto authors, GROUP BY the author, count the books (not the rows)
        throw new NotImplementedYetException("count the books of every author (an outer join)", "Exercise 1: SQL basics");
    }

    /**
     * Categories whose books sold for more than {@code minCents} in all (quantity times list price,
     * over every order line): a filter on a group, which {@code WHERE} cannot express. Ordered by
     * revenue, highest first.
     */
    public List<CategoryRevenue> categoriesWithRevenueOver(long minCents) throws SQLException {
        // TODO order_items to books to categories, GROUP BY the category, HAVING on the sum; minCents as a ?
        throw new NotImplementedYetException("keep the categories over a revenue (GROUP BY ... HAVING)", "Exercise 1: SQL basics");
    }

    /** Titles of the books without a category, ordered by title. */
    public List<String> uncategorisedTitles() throws SQLException {
        // TODO find the rows whose category_id is NULL
        throw new NotImplementedYetException("find the books without a category (NULL)", "Exercise 1: SQL basics");
    }

    /** Every book with its list price minus its discount, a missing discount being none. Ordered by title. */
    public List<BookPrice> pricesAfterDiscount() throws SQLException {
        // TODO price_cents minus discount_cents, where a NULL discount counts as 0
        throw new NotImplementedYetException("compute the prices after discount (COALESCE)", "Exercise 1: SQL basics");
    }

    /**
     * Names of the customers who never placed an order, ordered by name. Beware the guest order,
     * whose {@code customer_id} is NULL.
     */
    public List<String> customersWithoutOrders() throws SQLException {
        // TODO customers for whom no order exists
        throw new NotImplementedYetException("find the customers without orders (NOT IN and NULL)", "Exercise 1: SQL basics");
    }

    /**
     * The best sellers of each category (books with a category and at least one unit sold), ranked
     * by units sold, most first: tied books share a rank and the next rank skips, as {@code rank()}
     * does. Keeps the books ranked {@code top} or better. Ordered by category, rank, then title.
     */
    public List<RankedBook> bestSellersPerCategory(int top) throws SQLException {
        // TODO units sold per book, then a window function ranking them within their category
        throw new NotImplementedYetException("rank the best sellers per category (a window function)", "Exercise 1: SQL basics");
    }

    /**
     * Customers who spent more than the average customer, where the average is over the customers
     * who placed at least one order (guests are no customers). Spend is quantity times list price.
     * Ordered by spend, highest first. Written with a common table expression ({@code WITH}).
     */
    public List<CustomerSpend> customersAboveAverageSpend() throws SQLException {
        // TODO WITH spend AS (...) once, then compare each row with the average of that same CTE
        throw new NotImplementedYetException("find the customers above the average spend (a CTE)", "Exercise 1: SQL basics");
    }
}
