/**
 * Exercise 1: the WebSocket opening handshake of RFC 6455 section 4, as a pure function from an
 * HTTP request to an HTTP response.
 *
 * <p>Start with {@link dev.backendlab.phase15.handshake.WebSocketHandshake#acceptKey}, then
 * {@link dev.backendlab.phase15.handshake.WebSocketHandshake#respond}. The records around it
 * ({@code HandshakeRequest}, {@code HandshakeResponse}, {@code HandshakePolicy}) are given.
 */
package dev.backendlab.phase15.handshake;
