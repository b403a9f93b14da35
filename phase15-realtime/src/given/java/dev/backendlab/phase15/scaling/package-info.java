/**
 * Exercise 5: scaling room broadcasts across server nodes over Redis pub/sub, the idea of
 * Socket.io's Redis adapter.
 *
 * <p>Start with {@link dev.backendlab.phase15.scaling.RedisRoomAdapter}: one instance is one server
 * node. It keeps the rooms of the peers connected to that node and shares every broadcast with the
 * other nodes through one Redis channel, so that a message to a room reaches every member on every
 * node exactly once. Peers are the given {@link dev.backendlab.phase15.events.Peer}s of exercise 4;
 * nothing else of exercises 1 to 4 is needed.
 */
package dev.backendlab.phase15.scaling;
