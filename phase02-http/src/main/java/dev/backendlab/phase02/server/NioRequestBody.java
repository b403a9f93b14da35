package dev.backendlab.phase02.server;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase02.parser.HttpParseException;
import dev.backendlab.phase02.parser.ParseEvent;
import dev.backendlab.phase02.parser.RequestHead;
import dev.backendlab.phase02.response.ResponseWriter;
import java.io.IOException;

/**
 * The request body on the {@link NonBlockingHttpServer}: the loop delivers chunks into a bounded
 * queue, the worker reads them out. While the queue is full the connection stops reading the
 * socket ({@link #full()}), and the worker asks the loop to read again once it has caught up.
 */
final class NioRequestBody extends RequestBody {

    NioRequestBody(NioEventLoop loop, NioConnection connection, RequestHead head, ResponseWriter writer) {
        super(head, writer);
        // TODO Keep loop, connection and the loop's idle timeout (config.idleTimeout()) in final fields
    }

    /** Loop side: a body chunk or the end. */
    synchronized void deliver(ParseEvent event) {
        // TODO Queue a BodyChunk's bytes (count them), note a RequestEnd; notifyAll.
        throw new NotImplementedYetException("take a body event from the loop", "Exercise 7: Non-blocking server");
    }

    /** Loop side: the body will not complete, refused by the parser ({@code cause}) or cut off (null). */
    synchronized void fail(HttpParseException cause) {
        // TODO Note the failure (and a non-null cause); notifyAll.
        throw new NotImplementedYetException("fail the body", "Exercise 7: Non-blocking server");
    }

    /** Loop side: whether the connection should stop reading until the worker catches up. */
    synchronized boolean full() {
        // TODO 256 KiB or more queued.
        throw new NotImplementedYetException("say whether the body queue is full", "Exercise 7: Non-blocking server");
    }

    @Override
    synchronized HttpParseException parseFailure() {
        // TODO The cause fail was given, or null.
        throw new NotImplementedYetException("say why the parser refused the body", "Exercise 7: Non-blocking server");
    }

    @Override
    byte[] nextChunk() throws IOException {
        // TODO With nothing queued, continueIfExpected() first, outside the lock (it may wait
        //  for the socket, and the loop needs the lock). Then wait, bounded by idleTimeout
        //  (SocketTimeoutException), for a chunk, the end (null) or a failure (IOException).
        //  Post connection::pump once the queue drops below half full, or empties.
        throw new NotImplementedYetException("take the next body chunk from the loop", "Exercise 7: Non-blocking server");
    }
}
