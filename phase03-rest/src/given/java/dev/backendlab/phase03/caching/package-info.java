/**
 * Exercise 10, caching: strong ETags, Last-Modified, 304 for a current copy, 412 for a stale write
 * (no lost updates), the RFC 9110 order of the four conditional headers, Cache-Control and Vary.
 * Start in {@link dev.backendlab.phase03.caching.EntityTags}, then
 * {@link dev.backendlab.phase03.caching.Preconditions}, then {@link dev.backendlab.phase03.caching.CachedBooksApi}.
 */
package dev.backendlab.phase03.caching;
