package dev.backendlab.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request body as an {@link InputStream} that fills while the bytes arrive: what a streaming route
 * reads (Node's {@code req} as a Readable stream).
 *
 * <p>Backpressure: when more than {@value #HIGH_WATER} bytes wait unread, the connection stops
 * reading from the socket (the client's sends then block in TCP); once the handler has read them
 * down to {@value #LOW_WATER}, reading resumes. So a slow handler never makes the server buffer a
 * whole upload in memory.
 */
final class BodyStream extends InputStream {

    static final int HIGH_WATER = 256 * 1024;
    static final int LOW_WATER = 64 * 1024;
    private static final byte[] END = new byte[0];
    private static final byte[] BROKEN = new byte[0];

    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final Channel channel;
    private volatile boolean abandoned;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    BodyStream(Channel channel) {
        this.channel = channel;
    }

    /** On the event loop: a piece of the body arrived. */
    void offer(ByteBuf content) {
        if (abandoned || !content.isReadable()) {
            return;
        }
        byte[] bytes = ByteBufUtil.getBytes(content);
        chunks.add(bytes);
        if (queued.addAndGet(bytes.length) > HIGH_WATER) {
            channel.config().setAutoRead(false);
        }
    }

    /** On the event loop: the body is complete. */
    void end() {
        chunks.add(END);
    }

    /** On the event loop: the connection closed before the body was complete. */
    void broken() {
        chunks.add(BROKEN);
    }

    /** The handler is done: drop what is queued, ignore what still comes. */
    void abandon() {
        abandoned = true;
        chunks.clear();
    }

    /** Whether the handler read the body to its end. */
    boolean readToEnd() {
        return ended;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            current = next();
            position = 0;
            if (current == END) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        if (queued.addAndGet(-n) <= LOW_WATER && !channel.config().isAutoRead()) {
            channel.config().setAutoRead(true);
        }
        return n;
    }

    private byte[] next() throws IOException {
        try {
            byte[] chunk = chunks.poll(30, TimeUnit.SECONDS);
            if (chunk == null) {
                throw new IOException("no more of the request body arrived for 30 s");
            }
            if (chunk == BROKEN) {
                throw new IOException("the connection closed before the request body was complete");
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the request body", e);
        }
    }
}
