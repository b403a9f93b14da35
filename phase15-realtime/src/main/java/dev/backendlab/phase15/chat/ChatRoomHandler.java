package dev.backendlab.phase15.chat;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/** Every tab whose handshake completed joins the group; every text message goes to the whole group. */
public final class ChatRoomHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    /** @param tabs the connected tabs, shared by every connection's handler; closed channels leave it by themselves */
    public ChatRoomHandler(ChannelGroup tabs) {
        // TODO keep tabs in a final field
    }

    // TODO override userEventTriggered: on WebSocketServerProtocolHandler.HandshakeComplete add
    //  the channel to the tabs (then pass the event on).

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        // TODO relay the text to every tab, the sender's included.
        throw new NotImplementedYetException("relay a chat message", "Exercise 6: A demo page");
    }
}
