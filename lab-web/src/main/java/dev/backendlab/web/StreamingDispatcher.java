package dev.backendlab.web;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Sits before the body aggregator and takes the requests of streaming routes
 * ({@link Router#stream}) for itself: the handler starts as soon as the headers are in, and reads
 * the body from {@link Exchange#bodyStream()} while it arrives. Every other request passes on to be
 * aggregated.
 *
 * <p>A handler may answer before it read the whole body (a 413 once a limit is crossed). The
 * response then says {@code Connection: close}, and the server half-closes: it stops sending but
 * keeps reading and dropping the rest of the body for a while, because closing a socket with
 * unread input makes TCP send a reset that can destroy the response before the client reads it.
 */
final class StreamingDispatcher extends ChannelInboundHandlerAdapter {

    private static final long LINGER_SECONDS = 5;

    private final Router router;
    private final Executor workers;
    private BodyStream body;
    private boolean discarding;

    StreamingDispatcher(Router router, Executor workers) {
        this.router = router;
        this.workers = workers;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (discarding) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request && !(msg instanceof FullHttpRequest) && isStreaming(request)) {
            start(ctx, request);
            if (msg instanceof HttpContent content) {
                feed(ctx, content);
            }
            ReferenceCountUtil.release(msg);
        } else if (msg instanceof HttpContent content && body != null) {
            feed(ctx, content);
            content.release();
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private boolean isStreaming(HttpRequest request) {
        return request.decoderResult().isSuccess()
                && router.streams(request.method().name(), new QueryStringDecoder(request.uri()).path());
    }

    private void start(ChannelHandlerContext ctx, HttpRequest request) {
        if (HttpUtil.is100ContinueExpected(request)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        }
        BodyStream stream = new BodyStream(ctx.channel());
        body = stream;
        Exchange exchange = RequestDispatcher.toExchange(ctx, request, new byte[0], stream);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        workers.execute(() -> {
            router.dispatch(exchange);
            stream.abandon();
            boolean reusable = keepAlive && stream.readToEnd();
            FullHttpResponse response = RequestDispatcher.toResponse(exchange, reusable);
            ctx.writeAndFlush(response).addListener(written -> {
                if (reusable && written.isSuccess()) {
                    ctx.channel().config().setAutoRead(true);
                } else {
                    linger(ctx);
                }
            });
        });
    }

    private void feed(ChannelHandlerContext ctx, HttpContent content) {
        body.offer(content.content());
        if (content instanceof LastHttpContent) {
            body.end();
            body = null;
            // The next request waits until this one's response is written: responses keep their order.
            ctx.channel().config().setAutoRead(false);
        }
    }

    /** Stop sending, drop whatever the client still sends, close when it does (or after a while). */
    private void linger(ChannelHandlerContext ctx) {
        discarding = true;
        body = null;
        ctx.channel().config().setAutoRead(true);
        if (ctx.channel() instanceof SocketChannel socket) {
            socket.shutdownOutput();
        }
        ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (body != null) {
            body.broken();
            body = null;
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
