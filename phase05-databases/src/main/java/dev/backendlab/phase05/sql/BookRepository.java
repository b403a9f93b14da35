package dev.backendlab.phase05.sql;

import dev.backendlab.grader.NotImplementedYetException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code books} and {@code stock} tables through plain JDBC: what an ORM's repository does
 * underneath. Every value goes in as a {@code PreparedStatement} parameter, never pasted into the
 * SQL text, and every method gives its connection back to the pool before it returns, whatever
 * happens (try-with-resources).
 */
public final class BookRepository {

    public BookRepository(DataSource dataSource) {
        // TODO keep the data source (a pool): each method borrows one connection and gives it back
    }

    /**
     * Inserts the book and returns the id the database generated for it.
     *
     * @throws DuplicateIsbnException if a book with this ISBN is listed already (nothing changes)
     */
    public long insert(NewBook book) throws SQLException {
        // TODO INSERT with ? parameters, ask for the generated id (prepareStatement(sql, new String[] {"id"})),
        //  turn SQLSTATE 23505 into DuplicateIsbnException
        throw new NotImplementedYetException("insert a book and return its generated id", "Exercise 1: SQL basics");
    }

    /** The book with this ISBN, or empty. */
    public Optional<Book> findByIsbn(String isbn) throws SQLException {
        // TODO SELECT ... WHERE isbn = ?, map the row to a Book (a NULL category stays null)
        throw new NotImplementedYetException("find a book by its ISBN", "Exercise 1: SQL basics");
    }

    /** The books of the author with exactly this name, ordered by title; empty for an unknown name. */
    public List<Book> findByAuthor(String authorName) throws SQLException {
        // TODO join authors, the name as a ? parameter
        throw new NotImplementedYetException("find the books of an author", "Exercise 1: SQL basics");
    }

    /**
     * Adds {@code delta} copies to the book's stock in one statement, creating its stock row on the
     * first call ({@code INSERT ... ON CONFLICT ... DO UPDATE}), and returns the new quantity. Safe
     * when many callers add to the same book at once: no count is lost, no second row appears.
     */
    public int addStock(long bookId, int delta) throws SQLException {
        // TODO one upsert with RETURNING quantity
        throw new NotImplementedYetException("add to a book's stock with one upsert", "Exercise 1: SQL basics");
    }
}
