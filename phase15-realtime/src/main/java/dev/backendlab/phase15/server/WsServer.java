package dev.backendlab.phase15.server;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * A ws-style WebSocket server on Netty: echoes every message back to its sender, can broadcast
 * to every client, pings them, and closes politely.
 *
 * <p>The Netty counterpart of {@code new WebSocketServer({ port })} in Node's ws library.
 */
public final class WsServer implements AutoCloseable {

    public WsServer(WsServerConfig config) {
        // TODO keep config in a final field
    }

    /**
     * Binds 127.0.0.1 on a free port and starts accepting connections, with
     * {@link WsServerInitializer} building each connection's pipeline and SO_SNDBUF set when the
     * config asks for it.
     *
     * @return the port bound
     */
    public int start() throws InterruptedException {
        // TODO event loop groups, a ServerBootstrap, bind port 0, remember the channel.
        throw new NotImplementedYetException("start the Netty server", "Exercise 3: A ws-style server");
    }

    /** How many clients have completed the handshake and are still connected. */
    public int connectionCount() {
        // TODO a ChannelGroup the frame handler adds channels to; it forgets closed ones itself.
        throw new NotImplementedYetException("count open connections", "Exercise 3: A ws-style server");
    }

    /** Sends {@code text} as a text message to every connected client. Returns at once. */
    public void broadcast(String text) {
        // TODO write a TextWebSocketFrame to every channel of the group.
        throw new NotImplementedYetException("broadcast to every client", "Exercise 3: A ws-style server");
    }

    /**
     * Shuts down: sends every client a close frame with 1001 (going away), waits up to
     * {@code closeTimeout} for them to answer, closes what is left, and releases the threads.
     */
    @Override
    public void close() {
        // TODO start the close handshake on every connection, wait, then shut the event loops down, waiting
        //  uninterruptibly (AutoCloseable.close should not throw InterruptedException).
        throw new NotImplementedYetException("close the server politely", "Exercise 3: A ws-style server");
    }
}
