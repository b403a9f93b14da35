package dev.backendlab.phase02.server;

import dev.backendlab.phase02.parser.BodyChunk;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestEnd;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * The request body on the {@link NonBlockingHttpServer}: the loop delivers chunks into a bounded
 * queue, the worker reads them out. While the queue is full the connection stops reading the
 * socket ({@link #full()}), and the worker asks the loop to read again once it has caught up.
 */
final class NioRequestBody extends RequestBody {

    private static final int MAX_QUEUED_BYTES = 256 * 1024;

    private final NioEventLoop loop;
    private final NioConnection connection;
    private final Duration idleTimeout;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private long queued;
    private boolean ended;
    private boolean failed;
    private HttpParseException parseFailure;

    NioRequestBody(NioEventLoop loop, NioConnection connection, RequestHead head, ResponseWriter writer) {
        super(head, writer);
        this.loop = loop;
        this.connection = connection;
        this.idleTimeout = loop.config.idleTimeout();
    }

    /** Loop side: a body chunk or the end. */
    synchronized void deliver(ParseEvent event) {
        if (event instanceof BodyChunk chunk) {
            chunks.add(chunk.bytes());
            queued += chunk.bytes().length;
        } else if (event instanceof RequestEnd) {
            ended = true;
        }
        notifyAll();
    }

    /** Loop side: the body will not complete, refused by the parser ({@code cause}) or cut off (null). */
    synchronized void fail(HttpParseException cause) {
        failed = true;
        if (cause != null) {
            parseFailure = cause;
        }
        notifyAll();
    }

    /** Loop side: whether the connection should stop reading until the worker catches up. */
    synchronized boolean full() {
        return queued >= MAX_QUEUED_BYTES;
    }

    @Override
    synchronized HttpParseException parseFailure() {
        return parseFailure;
    }

    @Override
    byte[] nextChunk() throws IOException {
        boolean waitsForClient;
        synchronized (this) {
            waitsForClient = chunks.isEmpty() && !ended && !failed;
        }
        if (waitsForClient) {
            continueIfExpected();  // outside the lock: it may wait for the socket, and the loop needs the lock
        }
        byte[] chunk;
        boolean resume;
        synchronized (this) {
            awaitChunkOrEnd();
            if (chunks.isEmpty()) {
                return null;
            }
            chunk = chunks.poll();
            // wake the loop only when crossing half-full (or emptied): not on every chunk
            resume = queued >= MAX_QUEUED_BYTES / 2 && queued - chunk.length < MAX_QUEUED_BYTES / 2;
            queued -= chunk.length;
            resume |= queued == 0;
        }
        if (resume) {
            loop.post(connection::pump);
        }
        return chunk;
    }

    /** Waits, holding the lock, for a chunk, the end, or a failure; no bytes for too long is a timeout. */
    private void awaitChunkOrEnd() throws IOException {
        long deadline = System.nanoTime() + idleTimeout.toNanos();
        while (chunks.isEmpty() && !ended && !failed) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("no body bytes for " + idleTimeout.toMillis() + " ms");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the body", e);
            }
        }
        if (chunks.isEmpty() && failed && !ended) {
            throw new IOException(parseFailure != null ? "request body refused: " + parseFailure.getMessage()
                    : "the connection closed before the end of the body");
        }
    }
}
