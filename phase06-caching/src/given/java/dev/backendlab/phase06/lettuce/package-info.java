/**
 * Exercise 1, Redis through lettuce: one connection, its sync and async APIs, JSON values through
 * Jackson, and pipelining a batch of commands in one round trip.
 *
 * <p>Start at {@link dev.backendlab.phase06.lettuce.ProductRedisStore}.
 */
package dev.backendlab.phase06.lettuce;
