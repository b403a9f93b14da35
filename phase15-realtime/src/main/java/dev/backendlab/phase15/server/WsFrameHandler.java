package dev.backendlab.phase15.server;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The application end of a connection: joins {@code connections} when the handshake completes,
 * echoes text and binary messages, carries out the close handshake, and turns errors into close
 * frames.
 */
public final class WsFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    public WsFrameHandler(ChannelGroup connections) {
        // TODO keep connections in a final field
    }

    /** On {@code WebSocketServerProtocolHandler.HandshakeComplete}: add the channel to the group. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        // TODO register the connection; pass every other event on.
        throw new NotImplementedYetException("register a connection after its handshake", "Exercise 3: A ws-style server");
    }

    /**
     * A text or binary message: send it back, same type, same content. A close frame from the
     * client: if the server started the close, the handshake is complete, close the TCP
     * connection; otherwise answer with a close frame carrying the client's code (1000 when it sent
     * none), then close the TCP connection once it is written.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        // TODO echo data frames; answer or finish the close handshake.
        throw new NotImplementedYetException("echo messages and answer close frames", "Exercise 3: A ws-style server");
    }

    /** A message over {@code maxMessageSize} (a TooLongFrameException): close with 1009. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // TODO 1009 for a too long message, 1011 for anything else.
        throw new NotImplementedYetException("close on errors", "Exercise 3: A ws-style server");
    }

    /**
     * Starts the close handshake from the server side: marks the channel as closing, sends a close
     * frame, and closes the TCP connection when the client answers or, at the latest, after
     * {@code timeoutMillis}.
     */
    public static void startClose(Channel channel, int code, String reason, long timeoutMillis) {
        // TODO a channel attribute remembers the server sent its close frame.
        throw new NotImplementedYetException("start the close handshake", "Exercise 3: A ws-style server");
    }
}
