/**
 * Exercise 5, MongoDB: documents through the official Java driver: inserts, queries with operators
 * and dotted paths, projections, update operators and upserts, a unique index, cursor pagination,
 * and aggregation pipelines.
 *
 * <p>Start at {@link dev.backendlab.phase05.mongo.ProductStore}, then
 * {@link dev.backendlab.phase05.mongo.SalesReports}; the documents are in
 * {@link dev.backendlab.phase05.mongo.CatalogData}.
 */
package dev.backendlab.phase05.mongo;
