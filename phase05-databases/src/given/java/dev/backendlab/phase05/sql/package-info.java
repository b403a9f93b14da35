/**
 * Exercise 1, SQL basics: joins, grouping, NULL, a window function, a CTE and an upsert on a small
 * bookshop, then a JDBC repository that maps rows to records and returns every connection.
 *
 * <p>Start at {@link dev.backendlab.phase05.sql.BookshopReports} (the queries, run through the given
 * {@link dev.backendlab.phase05.sql.SqlRunner}); the tables and their rows are in
 * {@link dev.backendlab.phase05.sql.BookshopSchema}. Then {@link dev.backendlab.phase05.sql.BookRepository}.
 */
package dev.backendlab.phase05.sql;
