package dev.backendlab.phase05.sql;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into one value; {@link SqlRunner} moves the cursor. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
