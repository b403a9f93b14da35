package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.parser.RequestParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One client connection of the {@link NonBlockingHttpServer}, driven by the loop thread: bytes
 * in become parse events, a head starts an {@link NioExchange} on a worker, body events go to it,
 * queued response bytes go out as the socket takes them. Every method runs on the loop thread
 * except {@link #enqueue}, the worker's way in.
 */
final class NioConnection {

    private final NioEventLoop loop;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final RequestParser parser;
    private final ArrayDeque<ParseEvent> inbound = new ArrayDeque<>();
    private final NioResponseQueue queue = new NioResponseQueue();
    private final ConnectionOutput output = new ConnectionOutput(this);
    private NioExchange exchange;
    private long headStartedAt;
    private long idleSince = System.nanoTime();
    private boolean closeWhenFlushed;
    private boolean readingPaused;
    private boolean closed;

    NioConnection(NioEventLoop loop, SocketChannel channel, Selector selector) throws ClosedChannelException {
        this.loop = loop;
        this.channel = channel;
        this.parser = new RequestParser(loop.config.limits());
        this.key = channel.register(selector, SelectionKey.OP_READ, this);
    }

    void onReadable() {
        ByteBuffer buffer = loop.readBuffer;
        buffer.clear();
        try {
            if (channel.read(buffer) < 0) {
                close();
                return;
            }
        } catch (IOException e) {
            close();
            return;
        }
        buffer.flip();
        if (exchange == null && headStartedAt == 0) {
            headStartedAt = System.nanoTime();
        }
        try {
            inbound.addAll(parser.feed(buffer));
        } catch (HttpParseException e) {
            pauseReading();
            if (exchange == null) {
                sendAndClose(ErrorResponse.bytes(e.status(), e.error().reason(), loop.config.clock()));
            } else {
                exchange.body().fail(e);
            }
            return;
        }
        pump();
    }

    /** Hands queued events on: a head starts an exchange, body events go to the running one. */
    void pump() {
        while (!inbound.isEmpty() && !closed) {
            ParseEvent event = inbound.peek();
            if (exchange == null) {
                inbound.poll();
                if (event instanceof RequestHead head) {
                    headStartedAt = 0;
                    exchange = new NioExchange(loop, this, head);
                    loop.execute(exchange);
                }
            } else if (event instanceof RequestHead) {
                break;  // pipelined: waits for the current exchange to finish
            } else {
                inbound.poll();
                exchange.body().deliver(event);
            }
        }
        boolean behind = exchange != null && (!inbound.isEmpty() || exchange.body().full());
        if (behind) {
            pauseReading();
        } else if (!closeWhenFlushed) {
            resumeReading();
        }
    }

    void onWritable() {
        boolean flushed;
        try {
            flushed = queue.writeTo(channel);
        } catch (IOException e) {
            close();
            return;
        }
        if (!flushed) {
            return;
        }
        if (key.isValid()) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_WRITE);
        }
        if (closeWhenFlushed) {
            close();
        }
    }

    /** Worker side: queues response bytes, waiting while the client is behind (backpressure). */
    void enqueue(byte[] bytes, int offset, int length) throws IOException {
        queue.add(bytes, offset, length);
        loop.post(this::wantWrite);
    }

    /** The worker is done with the exchange: the next request, or a close once the output is out. */
    void finished(boolean keepAlive) {
        exchange = null;
        idleSince = System.nanoTime();
        if (keepAlive && !loop.shuttingDown()) {
            pump();
            return;
        }
        closeWhenFlushed = true;
        pauseReading();
        if (queue.isEmpty()) {
            close();
        } else {
            wantWrite();
        }
    }

    /** Timeouts, checked by the loop every few tens of milliseconds. */
    void sweep(long now) {
        if (exchange != null || closeWhenFlushed || closed) {
            return;
        }
        if (headStartedAt != 0 && now - headStartedAt > loop.config.headerTimeout().toNanos()) {
            sendAndClose(ErrorResponse.bytes(408, "the request head took too long", loop.config.clock()));
        } else if (headStartedAt == 0 && inbound.isEmpty() && now - idleSince > loop.config.idleTimeout().toNanos()) {
            close();
        }
    }

    ConnectionOutput output() {
        return output;
    }

    void closeIfIdle() {
        if (exchange == null) {
            close();
        }
    }

    void close() {
        queue.close();  // a worker waiting to write gives up
        if (exchange != null) {
            exchange.body().fail(null);
        }
        if (closed) {
            return;
        }
        closed = true;
        key.cancel();
        Quietly.close(channel);
        loop.closed(this);
    }

    private void sendAndClose(byte[] response) {
        queue.addNow(response);
        closeWhenFlushed = true;
        pauseReading();
        wantWrite();
    }

    private void wantWrite() {
        if (key.isValid()) {
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        }
    }

    private void pauseReading() {
        if (!readingPaused && key.isValid()) {
            readingPaused = true;
            key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        }
    }

    private void resumeReading() {
        if (readingPaused && key.isValid()) {
            readingPaused = false;
            key.interestOps(key.interestOps() | SelectionKey.OP_READ);
        }
    }
}
