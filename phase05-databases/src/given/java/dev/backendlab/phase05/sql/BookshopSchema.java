package dev.backendlab.phase05.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The bookshop's tables and the rows the reports are graded on. Read the rows: every expected
 * result of exercise 1 follows from them.
 *
 * <p>Two things are there on purpose: books whose {@code category_id} is NULL, and a guest order
 * whose {@code customer_id} is NULL.
 */
public final class BookshopSchema {

    public static final String TABLES = """
            CREATE TABLE authors (
                id   integer PRIMARY KEY,
                name text NOT NULL
            );
            CREATE TABLE categories (
                id   integer PRIMARY KEY,
                name text NOT NULL UNIQUE
            );
            CREATE TABLE books (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                isbn           text NOT NULL UNIQUE,
                title          text NOT NULL,
                author_id      integer NOT NULL REFERENCES authors,
                category_id    integer REFERENCES categories,
                price_cents    integer NOT NULL CHECK (price_cents > 0),
                discount_cents integer
            );
            CREATE TABLE customers (
                id   integer PRIMARY KEY,
                name text NOT NULL
            );
            CREATE TABLE orders (
                id          integer PRIMARY KEY,
                customer_id integer REFERENCES customers
            );
            CREATE TABLE order_items (
                order_id integer NOT NULL REFERENCES orders,
                book_id  bigint NOT NULL REFERENCES books,
                quantity integer NOT NULL CHECK (quantity > 0),
                PRIMARY KEY (order_id, book_id)
            );
            CREATE TABLE stock (
                book_id  bigint PRIMARY KEY REFERENCES books,
                quantity integer NOT NULL
            );
            """;

    public static final String ROWS = """
            INSERT INTO authors VALUES
                (1, 'Ursula K. Le Guin'), (2, 'Frank Herbert'), (3, 'Flann O''Brien'),
                (4, 'Iain M. Banks'), (5, 'Octavia E. Butler');
            INSERT INTO categories VALUES (1, 'Fantasy'), (2, 'Humour'), (3, 'Science Fiction'), (4, 'Poetry');
            INSERT INTO books (isbn, title, author_id, category_id, price_cents, discount_cents) VALUES
                ('978-0-00-000001-1', 'A Wizard of Earthsea',      1, 1,    899, NULL),
                ('978-0-00-000002-8', 'The Left Hand of Darkness', 1, 3,   1099,  100),
                ('978-0-00-000003-5', 'Dune',                      2, 3,   1299, NULL),
                ('978-0-00-000004-2', 'Dune Messiah',              2, 3,    999,  200),
                ('978-0-00-000005-9', 'The Third Policeman',       3, 2,   1099, NULL),
                ('978-0-00-000006-6', 'At Swim-Two-Birds',         3, NULL, 1199, NULL),
                ('978-0-00-000007-3', 'Consider Phlebas',          4, 3,   1050,   50),
                ('978-0-00-000008-0', 'The Dispossessed',          1, NULL, 1150,  150);
            INSERT INTO customers VALUES (1, 'Ada'), (2, 'Brendan'), (3, 'Chiara'), (4, 'Dmitri'), (5, 'Elif');
            -- order 5 is a guest's: no customer
            INSERT INTO orders VALUES (1, 1), (2, 1), (3, 2), (4, 3), (5, NULL);
            INSERT INTO order_items VALUES
                (1, 3, 2), (1, 1, 1),
                (2, 4, 1),
                (3, 3, 1), (3, 7, 2),
                (4, 5, 3), (4, 2, 1),
                (5, 6, 4), (5, 1, 1);
            """;

    private BookshopSchema() {
    }

    /** Creates the tables, and with {@code withRows} fills them. */
    public static void create(DataSource dataSource, boolean withRows) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(TABLES);
            if (withRows) {
                statement.execute(ROWS);
            }
        }
    }
}
