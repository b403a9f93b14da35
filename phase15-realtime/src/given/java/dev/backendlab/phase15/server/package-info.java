/**
 * Exercise 3: a ws-style WebSocket server on Netty, with Netty's own handshake and frame codec
 * underneath, and the application's side written here: connection lifecycle, echo and broadcast,
 * heartbeats, the close handshake, and slow consumers.
 *
 * <p>Start with {@link dev.backendlab.phase15.server.WsServer} (start and close) and
 * {@link dev.backendlab.phase15.server.WsServerInitializer}, then
 * {@link dev.backendlab.phase15.server.WsFrameHandler}, then
 * {@link dev.backendlab.phase15.server.HeartbeatHandler} and
 * {@link dev.backendlab.phase15.server.SlowConsumerGuard}. {@code WsServerConfig} is given.
 */
package dev.backendlab.phase15.server;
