/**
 * Exercise 6, Mongoose: an object-document mapper in the manner of Mongoose, on the MongoDB driver:
 * a schema that casts and validates before every write and reports every failing path at once,
 * defaults, pre and post save hooks, virtual fields, timestamps, a version key that makes a stale
 * save fail, and populate with one query per referenced collection.
 *
 * <p>Start at {@link dev.backendlab.phase05.odm.Model}; schemas are built from
 * {@link dev.backendlab.phase05.odm.Field}s.
 */
package dev.backendlab.phase05.odm;
