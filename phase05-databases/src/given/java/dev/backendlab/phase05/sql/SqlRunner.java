package dev.backendlab.phase05.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs one query with parameters and maps every row: what {@code pool.query(text, values)} is in
 * node-postgres. The reports of exercise 1 use it, so that they are about SQL only; the repository
 * does the same JDBC by hand.
 */
public final class SqlRunner {

    private final DataSource dataSource;

    public SqlRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param sql    one statement, with a {@code ?} for each parameter (never a value pasted in)
     * @param params the values of the {@code ?}s, in order
     */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        // try-with-resources closes the result set, the statement and the connection (back to the
        // pool) in reverse order, also when a mapper throws.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }
}
