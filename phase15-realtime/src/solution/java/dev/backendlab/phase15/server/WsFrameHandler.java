package dev.backendlab.phase15.server;

import dev.backendlab.phase15.frames.CloseCodes;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;

/**
 * The application end of a connection: joins {@code connections} when the handshake completes,
 * echoes text and binary messages, carries out the close handshake, and turns errors into close
 * frames.
 */
public final class WsFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private static final AttributeKey<Boolean> CLOSE_SENT = AttributeKey.valueOf("ws.closeSent");

    private final ChannelGroup connections;

    public WsFrameHandler(ChannelGroup connections) {
        this.connections = connections;
    }

    /** On {@code WebSocketServerProtocolHandler.HandshakeComplete}: add the channel to the group. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            connections.add(ctx.channel());
        }
        super.userEventTriggered(ctx, event);
    }

    /**
     * A text or binary message: send it back, same type, same content. A close frame from the
     * client: if the server started the close, the handshake is complete, close the TCP
     * connection; otherwise answer with a close frame carrying the client's code (1000 when it sent
     * none), then close the TCP connection once it is written.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            ctx.channel().writeAndFlush(new TextWebSocketFrame(text.text()));
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            ctx.channel().writeAndFlush(new BinaryWebSocketFrame(binary.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame close) {
            if (Boolean.TRUE.equals(ctx.channel().attr(CLOSE_SENT).get())) {
                ctx.close();
                return;
            }
            ctx.channel().attr(CLOSE_SENT).set(true);
            int code = close.statusCode() == -1 ? CloseCodes.NORMAL : close.statusCode();
            ctx.channel().writeAndFlush(new CloseWebSocketFrame(code, close.reasonText()))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** A message over {@code maxMessageSize} (a TooLongFrameException): close with 1009. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        boolean tooLong = cause instanceof TooLongFrameException;
        int code = tooLong ? CloseCodes.MESSAGE_TOO_BIG : CloseCodes.INTERNAL_ERROR;
        ctx.channel().attr(CLOSE_SENT).set(true);
        ctx.channel().writeAndFlush(new CloseWebSocketFrame(code, tooLong ? "message too big" : "server error"))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /**
     * Starts the close handshake from the server side: marks the channel as closing, sends a close
     * frame, and closes the TCP connection when the client answers or, at the latest, after
     * {@code timeoutMillis}.
     */
    public static void startClose(Channel channel, int code, String reason, long timeoutMillis) {
        if (channel.attr(CLOSE_SENT).setIfAbsent(true) != null) {
            return;
        }
        channel.writeAndFlush(new CloseWebSocketFrame(code, reason));
        channel.eventLoop().schedule(() -> channel.close(), timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
