/**
 * Exercise 6: a chat page to try WebSockets in a browser. {@link dev.backendlab.phase15.chat.ChatServer}
 * serves the given page {@code chat.html} (a resource next to this package) at {@code /} and relays
 * every text message on {@code /chat} to every open tab. Start with {@code ChatServer.start}, then
 * {@link dev.backendlab.phase15.chat.ChatPageHandler} and
 * {@link dev.backendlab.phase15.chat.ChatRoomHandler}.
 */
package dev.backendlab.phase15.chat;
