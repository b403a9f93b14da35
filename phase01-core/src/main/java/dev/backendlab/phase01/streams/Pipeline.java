package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;
import java.util.function.Consumer;

/** Node's {@code stream.pipeline}: pipe a chain, clean all of it up on failure, report once. */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Pipes {@code source} through each transform into {@code destination}. {@code callback} is called
     * exactly once: with {@code null} when the destination has finished, or with the first error any
     * stream of the chain emitted, after every stream of the chain has been destroyed.
     */
    public static void pipeline(Readable source, List<Transform> transforms, WritableStream destination,
                                Consumer<Throwable> callback) {
        // TODO Listen for 'error' on every stream and 'finish' on the destination, then pipe the chain; call
        //  back once, after destroying every stream on an error.
        throw new NotImplementedYetException("pipe the chain and report its end or first error once",
                "Exercise 5: Streams");
    }
}
