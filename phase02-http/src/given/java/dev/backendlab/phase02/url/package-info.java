/**
 * Exercise 2: what a request target means. Start with
 * {@link dev.backendlab.phase02.url.RequestTarget#parse}, which splits a target into decoded path
 * segments and a raw query; {@link dev.backendlab.phase02.url.QueryParams} reads the query the way
 * Node's URLSearchParams does; both decode through {@link dev.backendlab.phase02.url.PercentCodec}.
 */
package dev.backendlab.phase02.url;
