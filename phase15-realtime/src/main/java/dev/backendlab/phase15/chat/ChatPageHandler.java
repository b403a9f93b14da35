package dev.backendlab.phase15.chat;

import dev.backendlab.grader.NotImplementedYetException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;

/**
 * The HTTP requests the WebSocket handler lets through: {@code GET /} gets the page (the resource
 * {@code chat.html} next to this class, as {@code text/html; charset=utf-8}), anything else 404
 * (405 for another method on {@code /}).
 */
public final class ChatPageHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        // TODO read the page once (getResourceAsStream("chat.html")), answer it with its
        //  Content-Type and Content-Length; 404 for other paths.
        throw new NotImplementedYetException("serve the chat page", "Exercise 6: A demo page");
    }
}
