package dev.backendlab.phase05.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The accounts of exercise 3. A balance may not go over {@link #MAX_BALANCE_CENTS} (a CHECK
 * constraint), but nothing in the table stops one going negative: keeping it at zero or more is
 * the transfer's job. {@code version} is for optimistic locking ({@link Deposits}).
 */
public final class AccountsSchema {

    /** The most an account may hold: 10 000.00. */
    public static final long MAX_BALANCE_CENTS = 1_000_000;

    public static final String TABLES = """
            CREATE TABLE accounts (
                id            bigint PRIMARY KEY,
                owner         text NOT NULL,
                balance_cents bigint NOT NULL CONSTRAINT balance_cap CHECK (balance_cents <= 1000000),
                version       bigint NOT NULL DEFAULT 0
            );
            """;

    private AccountsSchema() {
    }

    public static void create(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(TABLES);
        }
    }
}
