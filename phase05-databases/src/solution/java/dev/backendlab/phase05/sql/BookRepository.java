package dev.backendlab.phase05.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
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

    /** PostgreSQL's SQLSTATE for a unique constraint that refused a row. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public BookRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the book and returns the id the database generated for it.
     *
     * @throws DuplicateIsbnException if a book with this ISBN is listed already (nothing changes)
     */
    public long insert(NewBook book) throws SQLException {
        String sql = "INSERT INTO books (isbn, title, author_id, category_id, price_cents) VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setString(1, book.isbn());
            statement.setString(2, book.title());
            statement.setInt(3, book.authorId());
            statement.setObject(4, book.categoryId(), Types.INTEGER);
            statement.setInt(5, book.priceCents());
            try {
                statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateIsbnException(book.isbn(), e);
                }
                throw e;
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The book with this ISBN, or empty. */
    public Optional<Book> findByIsbn(String isbn) throws SQLException {
        List<Book> books = select("SELECT id, isbn, title, author_id, category_id, price_cents FROM books WHERE isbn = ?", isbn);
        return books.stream().findFirst();
    }

    /** The books of the author with exactly this name, ordered by title; empty for an unknown name. */
    public List<Book> findByAuthor(String authorName) throws SQLException {
        return select("""
                SELECT b.id, b.isbn, b.title, b.author_id, b.category_id, b.price_cents
                FROM books b
                JOIN authors a ON a.id = b.author_id
                WHERE a.name = ?
                ORDER BY b.title
                """, authorName);
    }

    /**
     * Adds {@code delta} copies to the book's stock in one statement, creating its stock row on the
     * first call ({@code INSERT ... ON CONFLICT ... DO UPDATE}), and returns the new quantity. Safe
     * when many callers add to the same book at once: no count is lost, no second row appears.
     */
    public int addStock(long bookId, int delta) throws SQLException {
        String sql = """
                INSERT INTO stock (book_id, quantity) VALUES (?, ?)
                ON CONFLICT (book_id) DO UPDATE SET quantity = stock.quantity + EXCLUDED.quantity
                RETURNING quantity
                """;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, bookId);
            statement.setInt(2, delta);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private List<Book> select(String sql, String param) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rows = statement.executeQuery()) {
                List<Book> books = new ArrayList<>();
                while (rows.next()) {
                    books.add(map(rows));
                }
                return books;
            }
        }
    }

    private static Book map(ResultSet row) throws SQLException {
        // getInt would read a NULL category as 0; getObject keeps it null.
        return new Book(row.getLong("id"), row.getString("isbn"), row.getString("title"), row.getInt("author_id"),
                row.getObject("category_id", Integer.class), row.getInt("price_cents"));
    }
}
