package dev.backendlab.phase15.chat;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * A chat server to open in two browser tabs: the page {@code chat.html} at {@code /}, and a
 * WebSocket at {@link #CHAT_PATH} that relays every text message to every connected tab, the
 * sender's included. {@link ChatDemo} runs it for a browser.
 */
public final class ChatServer implements AutoCloseable {

    /** The WebSocket endpoint; the page connects to the same path. */
    public static final String CHAT_PATH = "/chat";

    /**
     * Binds 127.0.0.1 on {@code port} (0 for any free one) and returns the port bound: {@code /}
     * answers the page, {@link #CHAT_PATH} upgrades to a WebSocket, any other path gets 404.
     */
    public int start(int port) throws InterruptedException {
        // TODO a ServerBootstrap like exercise 3's, with a pipeline of HttpServerCodec,
        //  HttpObjectAggregator, WebSocketServerProtocolHandler(CHAT_PATH), ChatPageHandler and
        //  ChatRoomHandler (sharing one ChannelGroup of tabs).
        throw new NotImplementedYetException("start the chat server", "Exercise 6: A demo page");
    }

    /** Stops listening, closes every tab's connection and the event loops. */
    @Override
    public void close() {
        // TODO close the server channel, the tabs, then the event loops, waiting uninterruptibly
        //  (AutoCloseable.close should not throw InterruptedException).
        throw new NotImplementedYetException("stop the chat server", "Exercise 6: A demo page");
    }
}
