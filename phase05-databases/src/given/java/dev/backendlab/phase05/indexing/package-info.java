/**
 * Exercise 2, indexing: the indexes that turn five slow queries on a 200,000-row table into a few
 * page reads each, judged by PostgreSQL's own plans ({@code EXPLAIN}).
 *
 * <p>Start at {@link dev.backendlab.phase05.indexing.OrderIndexes}; the table is
 * {@link dev.backendlab.phase05.indexing.OrdersTable} and the queries are
 * {@link dev.backendlab.phase05.indexing.Workload}.
 */
package dev.backendlab.phase05.indexing;
