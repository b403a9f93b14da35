package dev.backendlab.phase01.streams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Streams the tests plug into the learner's machinery. */
final class TestStreams {

    private TestStreams() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] chunk) {
        return new String(chunk, StandardCharsets.UTF_8);
    }

    /** Pushes the given chunks, one per doRead, then the end. */
    static final class ChunkSource extends Readable {
        private final ArrayDeque<String> chunks;
        int reads;

        ChunkSource(int highWaterMark, String... chunks) {
            super(highWaterMark);
            this.chunks = new ArrayDeque<>(List.of(chunks));
        }

        @Override
        protected void doRead(int size) {
            reads++;
            push(chunks.isEmpty() ? null : bytes(chunks.poll()));
        }
    }

    /** A source that produces only when the test calls push. */
    static final class ManualSource extends Readable {
        int reads;

        ManualSource(int highWaterMark) {
            super(highWaterMark);
        }

        @Override
        protected void doRead(int size) {
            reads++;
        }
    }

    /** A slow disk: keeps each doWrite callback until the test completes it. */
    static final class HeldSink extends Writable {
        final List<String> written = new ArrayList<>();
        final ArrayDeque<Consumer<Throwable>> held = new ArrayDeque<>();

        HeldSink(int highWaterMark) {
            super(highWaterMark);
        }

        @Override
        protected void doWrite(byte[] chunk, Consumer<Throwable> done) {
            written.add(text(chunk));
            held.add(done);
        }

        /** Completes the oldest held write. */
        void completeNext() {
            held.poll().accept(null);
        }

        /** Completes held writes (and those they lead to) until none is held. */
        void completeAll() {
            while (!held.isEmpty()) {
                completeNext();
            }
        }
    }
}
