package dev.backendlab.phase15.chat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/** Every tab whose handshake completed joins the group; every text message goes to the whole group. */
public final class ChatRoomHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    private final ChannelGroup tabs;

    /** @param tabs the connected tabs, shared by every connection's handler; closed channels leave it by themselves */
    public ChatRoomHandler(ChannelGroup tabs) {
        this.tabs = tabs;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            tabs.add(ctx.channel());
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        tabs.writeAndFlush(new TextWebSocketFrame(frame.text()));
    }
}
