/**
 * Exercise 6, idempotency: the Idempotency-Key header makes a POST safe to retry. Start in
 * {@link dev.backendlab.phase03.idempotency.IdempotencyKeys}, a middleware in front of the given
 * {@link dev.backendlab.phase03.idempotency.IdempotentBooksApi}.
 */
package dev.backendlab.phase03.idempotency;
