package dev.backendlab.phase02.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * Response bytes on their way from a worker to the socket. Bounded: while the client reads
 * slower than the handler writes, the worker's {@link #add} waits, so memory stays fixed per
 * connection; the loop's {@link #writeTo} makes room. Guarded by its own monitor, which the
 * loop only holds for non-blocking writes.
 */
final class NioResponseQueue {

    private static final int MAX_QUEUED_BYTES = 256 * 1024;

    private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
    private long queued;
    private boolean closed;

    /** Worker side: queues a copy, waiting while the queue is full. */
    synchronized void add(byte[] bytes, int offset, int length) throws IOException {
        while (queued >= MAX_QUEUED_BYTES && !closed) {
            try {
                wait(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the client was slow to read", e);
            }
        }
        if (closed) {
            throw new IOException("the connection is closed");
        }
        ByteBuffer copy = ByteBuffer.allocate(length);
        copy.put(bytes, offset, length).flip();
        buffers.add(copy);
        queued += length;
    }

    /** Loop side: a response the server answers itself; never waits (the loop must not). */
    synchronized void addNow(byte[] response) {
        buffers.add(ByteBuffer.wrap(response));
        queued += response.length;
    }

    /**
     * Loop side: writes what the channel takes now. A write may take part of a buffer; the rest
     * stays first in line for the next {@code OP_WRITE}.
     *
     * @return true when everything queued is written
     */
    synchronized boolean writeTo(SocketChannel channel) throws IOException {
        try {
            while (!buffers.isEmpty()) {
                ByteBuffer next = buffers.peek();
                queued -= channel.write(next);
                if (next.hasRemaining()) {
                    return false;
                }
                buffers.poll();
            }
            return true;
        } finally {
            notifyAll();  // room was made, or the write failed: either way a waiting worker goes on
        }
    }

    synchronized boolean isEmpty() {
        return buffers.isEmpty();
    }

    /** No more bytes will go out: queued ones are dropped and a waiting worker fails. */
    synchronized void close() {
        closed = true;
        buffers.clear();
        queued = 0;
        notifyAll();
    }
}
