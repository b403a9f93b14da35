package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One client connection of the {@link NonBlockingHttpServer}, driven by the loop thread: bytes
 * in become parse events, a head starts an {@link NioExchange} on a worker, body events go to it,
 * queued response bytes go out as the socket takes them. Every method runs on the loop thread
 * except {@link #enqueue}, the worker's way in.
 */
final class NioConnection {

    NioConnection(NioEventLoop loop, SocketChannel channel, Selector selector) throws ClosedChannelException {
        // TODO Keep loop and channel; register the channel for OP_READ with this connection attached;
        //  keep the key, a RequestParser, a queue of parse events, an NioResponseQueue and a
        //  ConnectionOutput.
    }

    void onReadable() {
        // TODO Read into the loop's one buffer (-1 or an IOException: close) and feed the parser.
        //  The first byte of a head starts its deadline. A refused head: pause reading and send
        //  its ErrorResponse, then close; refused body bytes: fail the exchange's body. Then pump.
        throw new NotImplementedYetException("read what the socket has", "Exercise 7: Non-blocking server");
    }

    /** Hands queued events on: a head starts an exchange, body events go to the running one. */
    void pump() {
        // TODO With no exchange, a RequestHead starts an NioExchange on a worker; with one, body
        //  events go to its body and a second head waits (pipelining). Pause reading while events
        //  wait or the body is full; resume otherwise.
        throw new NotImplementedYetException("hand the parse events on", "Exercise 7: Non-blocking server");
    }

    void onWritable() {
        // TODO Write what the queue holds; once it is empty drop OP_WRITE, and close if the
        //  connection was to close once flushed. An IOException: close.
        throw new NotImplementedYetException("write queued response bytes", "Exercise 7: Non-blocking server");
    }

    /** Worker side: queues response bytes, waiting while the client is behind (backpressure). */
    void enqueue(byte[] bytes, int offset, int length) throws IOException {
        // TODO Add to the queue (it waits while full), then post a task that adds OP_WRITE: only
        //  the loop touches the key.
        throw new NotImplementedYetException("queue response bytes", "Exercise 7: Non-blocking server");
    }

    /** The worker is done with the exchange: the next request, or a close once the output is out. */
    void finished(boolean keepAlive) {
        // TODO No exchange now, idle from now. Keep-alive and not shutting down: pump (a pipelined
        //  head may wait). Otherwise stop reading and close once the queue is flushed.
        throw new NotImplementedYetException("end the exchange", "Exercise 7: Non-blocking server");
    }

    /** Timeouts, checked by the loop every few tens of milliseconds. */
    void sweep(long now) {
        // TODO Not while an exchange runs: a head started more than headerTimeout ago gets a 408
        //  and a close; an idle connection past idleTimeout is closed without a response.
        throw new NotImplementedYetException("check the connection's timeouts", "Exercise 7: Non-blocking server");
    }

    ConnectionOutput output() {
        // TODO The one ConnectionOutput each exchange's response writer writes to.
        throw new NotImplementedYetException("return the connection's output", "Exercise 7: Non-blocking server");
    }

    void closeIfIdle() {
        // TODO Close unless an exchange runs.
        throw new NotImplementedYetException("close the connection if it is idle", "Exercise 7: Non-blocking server");
    }

    void close() {
        // TODO Close the queue (a waiting worker gives up) and fail a running exchange's body;
        //  once only: cancel the key, close the channel, tell the loop.
        throw new NotImplementedYetException("close the connection", "Exercise 7: Non-blocking server");
    }
}
