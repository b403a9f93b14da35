/**
 * Exercise 4: a Socket.io-style layer over plain text messages: named events with JSON payloads,
 * acknowledgements with a timeout, rooms, broadcast except the sender, and presence.
 *
 * <p>Start with {@link dev.backendlab.phase15.events.EventServer#on},
 * {@link dev.backendlab.phase15.events.EventServer#connected} and
 * {@link dev.backendlab.phase15.events.EventServer#received}, then
 * {@link dev.backendlab.phase15.events.EventSocket}. The layer never touches a socket: a transport
 * hands it {@link dev.backendlab.phase15.events.Peer}s. {@code Peer}, {@code Ack},
 * {@code EventHandler} and {@code AckTimeoutException} are given.
 */
package dev.backendlab.phase15.events;
