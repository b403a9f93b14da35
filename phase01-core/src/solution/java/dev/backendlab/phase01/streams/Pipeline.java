package dev.backendlab.phase01.streams;

import java.util.ArrayList;
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
        List<Object> streams = new ArrayList<>();
        streams.add(source);
        streams.addAll(transforms);
        streams.add(destination);
        boolean[] reported = {false};
        Consumer<Throwable> done = failure -> {
            if (reported[0]) {
                return;
            }
            reported[0] = true;
            if (failure != null) {
                for (Object stream : streams) {
                    destroy(stream);
                }
            }
            callback.accept(failure);
        };
        source.onError(done);
        transforms.forEach(t -> t.onError(done));
        destination.onError(done);
        destination.onFinish(() -> done.accept(null));

        Readable upstream = source;
        for (Transform transform : transforms) {
            upstream = upstream.pipe(transform);
        }
        upstream.pipe(destination);
    }

    private static void destroy(Object stream) {
        if (stream instanceof Readable readable) {
            readable.destroy(null);
        } else {
            ((WritableStream) stream).destroy(null);
        }
    }
}
