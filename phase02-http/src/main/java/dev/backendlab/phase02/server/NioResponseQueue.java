package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * Response bytes on their way from a worker to the socket. Bounded: while the client reads
 * slower than the handler writes, the worker's {@link #add} waits, so memory stays fixed per
 * connection; the loop's {@link #writeTo} makes room. Guarded by its own monitor, which the
 * loop only holds for non-blocking writes.
 */
final class NioResponseQueue {

    /** Worker side: queues a copy, waiting while the queue is full. */
    synchronized void add(byte[] bytes, int offset, int length) throws IOException {
        // TODO Wait (bounded waits, in a loop) while 256 KiB or more are queued; closed meanwhile
        //  is an IOException. Queue a copy: the caller reuses its array.
        throw new NotImplementedYetException("queue response bytes, waiting while full", "Exercise 7: Non-blocking server");
    }

    /** Loop side: a response the server answers itself; never waits (the loop must not). */
    synchronized void addNow(byte[] response) {
        // TODO Queue it whatever the size.
        throw new NotImplementedYetException("queue the server's own response", "Exercise 7: Non-blocking server");
    }

    /**
     * Loop side: writes what the channel takes now. A write may take part of a buffer; the rest
     * stays first in line for the next {@code OP_WRITE}.
     *
     * @return true when everything queued is written
     */
    synchronized boolean writeTo(SocketChannel channel) throws IOException {
        // TODO Write buffer after buffer until one is left with bytes remaining; notifyAll, so a
        //  waiting worker sees the room made (also when the write fails).
        throw new NotImplementedYetException("write queued bytes to the socket", "Exercise 7: Non-blocking server");
    }

    synchronized boolean isEmpty() {
        // TODO Whether nothing is left to write.
        throw new NotImplementedYetException("say whether the queue is empty", "Exercise 7: Non-blocking server");
    }

    /** No more bytes will go out: queued ones are dropped and a waiting worker fails. */
    synchronized void close() {
        // TODO Mark closed, drop the buffers, notifyAll.
        throw new NotImplementedYetException("close the response queue", "Exercise 7: Non-blocking server");
    }
}
