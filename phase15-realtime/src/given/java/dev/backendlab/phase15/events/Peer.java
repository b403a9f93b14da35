package dev.backendlab.phase15.events;

/**
 * One connected client as the transport sees it: an id and a way to send it a text message.
 * The WebSocket transport implements it; {@link EventServer} never touches sockets.
 */
public interface Peer {

    /** Unique among connected peers; presence notices name peers by it. */
    String id();

    /** Queues {@code text} as one text message to this peer; never blocks. */
    void send(String text);
}
