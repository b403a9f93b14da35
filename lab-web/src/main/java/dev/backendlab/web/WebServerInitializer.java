package dev.backendlab.web;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.util.concurrent.Executor;

/**
 * Builds each connection's pipeline: bytes to HTTP messages ({@link HttpServerCodec}), the requests
 * of streaming routes handed over as they arrive ({@link StreamingDispatcher}), other message parts
 * to one full request with a body limit ({@link HttpObjectAggregator}, which also answers
 * {@code Expect: 100-continue} and sends 413 for a body over the limit), then the
 * {@link RequestDispatcher} that runs the router.
 */
final class WebServerInitializer extends ChannelInitializer<SocketChannel> {

    private final Router router;
    private final Executor workers;
    private final int maxBodyBytes;

    WebServerInitializer(Router router, Executor workers, int maxBodyBytes) {
        this.router = router;
        this.workers = workers;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        channel.pipeline()
                .addLast(new HttpServerCodec())
                .addLast(new StreamingDispatcher(router, workers))
                .addLast(new HttpObjectAggregator(maxBodyBytes))
                .addLast(new RequestDispatcher(router, workers));
    }
}
