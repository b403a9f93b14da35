/**
 * Exercise 2, query operations: offset pagination with Link headers, filters with operators,
 * multi-key sort, search, and a cursor feed whose cursors are signed. Start in
 * {@link dev.backendlab.phase03.query.BookQueries}, then {@link dev.backendlab.phase03.query.SignedCursor}.
 */
package dev.backendlab.phase03.query;
