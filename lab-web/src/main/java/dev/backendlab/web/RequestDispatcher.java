package dev.backendlab.web;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Turns a full Netty request into an {@link Exchange}, runs the router on a worker thread, and
 * writes the response the exchange holds.
 *
 * <p>One request per connection at a time: reading stops while a request is handled and resumes
 * once its response is written, so responses leave in request order even if a client pipelines.
 */
final class RequestDispatcher extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final Router router;
    private final Executor workers;

    RequestDispatcher(Router router, Executor workers) {
        this.router = router;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            FullHttpResponse bad = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                    Unpooled.copiedBuffer("Bad Request", StandardCharsets.UTF_8));
            bad.headers().set(HttpHeaderNames.CONTENT_LENGTH, bad.content().readableBytes());
            bad.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(bad).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        Exchange exchange = toExchange(ctx, request, ByteBufUtil.getBytes(request.content()), null);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        ctx.channel().config().setAutoRead(false);
        workers.execute(() -> {
            router.dispatch(exchange);
            FullHttpResponse response = toResponse(exchange, keepAlive);
            ctx.writeAndFlush(response).addListener(written -> {
                if (!keepAlive || !written.isSuccess()) {
                    ctx.close();
                } else {
                    ctx.channel().config().setAutoRead(true);
                }
            });
        });
    }

    static Exchange toExchange(ChannelHandlerContext ctx, HttpRequest request, byte[] body, InputStream bodyStream) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String raw = request.uri();
        int q = raw.indexOf('?');
        String rawQuery = q < 0 ? "" : raw.substring(q + 1);
        Map<String, List<String>> query = new LinkedHashMap<>(uri.parameters());
        return new Exchange(request.method().name(), uri.path(), rawQuery, query,
                request.headers().copy(), body, bodyStream, (InetSocketAddress) ctx.channel().remoteAddress());
    }

    static FullHttpResponse toResponse(Exchange exchange, boolean keepAlive) {
        int status = exchange.responseStatus();
        boolean bodyless = status == 204 || status == 304 || exchange.method().equals("HEAD");
        byte[] body = exchange.responseBodyForWrite();
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status),
                bodyless ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        response.headers().set(exchange.responseHeadersForWrite());
        if (status != 204 && status != 304 && !response.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
            // HEAD announces the length the GET body would have (RFC 9110, section 9.3.2).
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        }
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
