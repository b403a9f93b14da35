/**
 * Exercise 3: header fields as a case-insensitive multimap in insertion order. Start with
 * {@link dev.backendlab.phase02.headers.Headers}: reads join repeated values with commas (except
 * Set-Cookie), writes refuse what would let a value inject a header.
 */
package dev.backendlab.phase02.headers;
