package dev.backendlab.phase01.streams;

import static dev.backendlab.phase01.streams.TestStreams.bytes;
import static dev.backendlab.phase01.streams.TestStreams.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.phase01.streams.TestStreams.ChunkSource;
import dev.backendlab.phase01.streams.TestStreams.HeldSink;
import dev.backendlab.phase01.streams.TestStreams.ManualSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Exercise(order = 5, title = "Streams", topics = {"Streams"})
@DisplayName("Exercise 5: Readable, Writable, Transform, pipe and pipeline")
class StreamsTest {

    private final List<String> events = new ArrayList<>();

    private void record(Readable readable, String name) {
        readable.onEnd(() -> events.add(name + " end"));
        readable.onClose(() -> events.add(name + " close"));
        readable.onError(e -> events.add(name + " error " + e.getMessage()));
    }

    @Nested
    @DisplayName("Readable")
    class Readables {

        @Test
        void paused_mode_read_returns_chunks_in_order_then_null_and_end_fires_at_the_end() {
            ChunkSource source = new ChunkSource(16, "a", "b");
            record(source, "source");

            List<String> read = new ArrayList<>();
            for (byte[] chunk = source.read(); chunk != null; chunk = source.read()) {
                read.add(text(chunk));
                events.add("read " + text(chunk));
            }

            assertThat(read).containsExactly("a", "b");
            assertThat(events).as("'end' fires only when read() has returned null at the end of the data, then 'close'")
                    .containsExactly("read a", "read b", "source end", "source close");
        }

        @Test
        void push_returns_false_once_the_buffer_reaches_the_highWaterMark() {
            ManualSource source = new ManualSource(10);
            List<Boolean> answers = List.of(source.push(bytes("1234")), source.push(bytes("5678")), source.push(bytes("9abc")));

            assertThat(answers).as("highWaterMark 10: 4 and 8 bytes buffered are below it, 12 are not")
                    .containsExactly(true, true, false);
            assertThat(source.readableLength()).as("readableLength counts buffered bytes").isEqualTo(12);
        }

        @Test
        void the_source_is_asked_for_data_only_while_the_buffer_is_below_the_highWaterMark() {
            Readable endless = new Readable(16) {
                @Override
                protected void doRead(int size) {
                    push(bytes("abcd"));
                }
            };
            AtomicInteger reads = new AtomicInteger();
            Readable counted = new Readable(16) {
                @Override
                protected void doRead(int size) {
                    reads.incrementAndGet();
                    push(bytes("abcd"));
                }
            };
            assertThat(text(endless.read())).isEqualTo("abcd");
            byte[] first = counted.read();

            assertThat(text(first)).isEqualTo("abcd");
            assertThat(counted.readableLength()).as("after read(), the stream refills its buffer up to 16 bytes, no more")
                    .isEqualTo(16);
            assertThat(reads.get()).as("4 doRead calls filled 16 bytes, read() took 4, one more doRead refilled them")
                    .isEqualTo(5);
        }

        @Test
        void flowing_mode_emits_every_chunk_then_end_then_close() {
            ChunkSource source = new ChunkSource(16, "x", "y", "z");
            record(source, "source");
            source.onData(chunk -> events.add("data " + text(chunk)));

            assertThat(source.isPaused()).as("a 'data' listener switches the stream to flowing mode").isFalse();
            assertThat(events).containsExactly("data x", "data y", "data z", "source end", "source close");
        }

        @Test
        void pause_stops_data_events_until_resume() {
            ManualSource source = new ManualSource(100);
            source.onData(chunk -> events.add("data " + text(chunk)));
            source.push(bytes("1"));
            source.pause();
            source.push(bytes("2"));
            source.push(bytes("3"));
            events.add("paused with " + source.readableLength() + " bytes buffered");
            source.resume();

            assertThat(events).containsExactly("data 1", "paused with 2 bytes buffered", "data 2", "data 3");
            assertThat(source.isPaused()).isFalse();
        }

        @Test
        void destroy_with_an_error_emits_error_then_close_and_no_more_data() {
            ManualSource source = new ManualSource(100);
            record(source, "source");
            source.onData(chunk -> events.add("data " + text(chunk)));
            source.push(bytes("1"));
            source.destroy(new IllegalStateException("disk gone"));
            boolean accepted = source.push(bytes("2"));

            assertThat(events).containsExactly("data 1", "source error disk gone", "source close");
            assertThat(accepted).as("push after destroy is refused").isFalse();
            assertThat(source.destroyed()).isTrue();
        }

        @Test
        void push_after_the_end_is_an_error() {
            ManualSource source = new ManualSource(100);
            List<Throwable> errors = new ArrayList<>();
            source.onError(errors::add);
            source.push(null);
            source.push(bytes("late"));

            assertThat(errors).as("push() after push(null) destroys the stream with ERR_STREAM_PUSH_AFTER_EOF").hasSize(1);
            assertThat(errors.get(0)).isInstanceOf(StreamException.class);
            assertThat(((StreamException) errors.get(0)).code()).isEqualTo(StreamException.PUSH_AFTER_EOF);
        }
    }

    @Nested
    @DisplayName("Writable")
    class Writables {

        @Test
        void write_returns_false_at_the_highWaterMark_and_drain_fires_once_the_buffer_is_empty() {
            HeldSink sink = new HeldSink(10);
            sink.onDrain(() -> events.add("drain"));
            List<Boolean> answers = List.of(sink.write(bytes("1234")), sink.write(bytes("5678")), sink.write(bytes("9abc")));

            assertThat(answers).as("12 bytes buffered reach highWaterMark 10: the third write says stop")
                    .containsExactly(true, true, false);
            assertThat(sink.written).as("doWrite gets one chunk at a time: the others wait").containsExactly("1234");
            sink.completeNext();
            sink.completeNext();
            assertThat(events).as("no drain while bytes are still buffered").isEmpty();
            sink.completeNext();
            assertThat(sink.written).containsExactly("1234", "5678", "9abc");
            assertThat(events).as("'drain' once the buffer is empty after a write returned false").containsExactly("drain");
        }

        @Test
        void finish_fires_after_end_only_once_every_chunk_is_written_then_close() {
            HeldSink sink = new HeldSink(100);
            sink.onFinish(() -> events.add("finish"));
            sink.onClose(() -> events.add("close"));
            sink.write(bytes("a"));
            sink.write(bytes("b"));
            sink.end();
            events.add("end called");
            sink.completeAll();

            assertThat(events).containsExactly("end called", "finish", "close");
            assertThat(sink.written).containsExactly("a", "b");
        }

        @Test
        void write_after_end_is_an_error_and_writes_nothing() {
            HeldSink sink = new HeldSink(100);
            List<Throwable> errors = new ArrayList<>();
            sink.onError(errors::add);
            sink.write(bytes("last"));
            sink.end();
            boolean accepted = sink.write(bytes("too late"));

            assertThat(accepted).isFalse();
            assertThat(errors).as("write() after end() emits ERR_STREAM_WRITE_AFTER_END").hasSize(1);
            assertThat(errors.get(0)).isInstanceOf(StreamException.class);
            assertThat(((StreamException) errors.get(0)).code()).isEqualTo(StreamException.WRITE_AFTER_END);
            assertThat(sink.written).containsExactly("last");
        }

        @Test
        void an_error_from_doWrite_destroys_the_stream() {
            IllegalStateException full = new IllegalStateException("ENOSPC");
            Writable failing = new Writable(100) {
                @Override
                protected void doWrite(byte[] chunk, Consumer<Throwable> done) {
                    done.accept(full);
                }
            };
            List<Object> seen = new ArrayList<>();
            failing.onError(seen::add);
            failing.onClose(() -> seen.add("close"));
            failing.write(bytes("x"));

            assertThat(seen).containsExactly(full, "close");
            assertThat(failing.destroyed()).isTrue();
        }
    }

    @Nested
    @DisplayName("Transform")
    class Transforms {

        @Test
        void the_line_splitter_cuts_lines_across_chunk_boundaries() {
            LineSplitter lines = new LineSplitter(1024);
            List<String> out = new ArrayList<>();
            lines.onData(chunk -> out.add(text(chunk)));
            lines.write(bytes("ab"));
            lines.write(bytes("c\nde"));
            lines.write(bytes("f\r\n\ng"));
            lines.end();

            assertThat(out).as("one chunk per line, without \\n or \\r\\n; the last line is flushed at the end")
                    .containsExactly("abc", "def", "", "g");
        }

        @Test
        void the_fixed_size_chunker_recuts_the_stream() {
            FixedSizeChunker chunker = new FixedSizeChunker(4, 1024);
            List<String> out = new ArrayList<>();
            chunker.onData(chunk -> out.add(text(chunk)));
            chunker.write(bytes("ab"));
            chunker.write(bytes("cdefghij"));
            chunker.write(bytes("k"));
            chunker.end();

            assertThat(out).containsExactly("abcd", "efgh", "ijk");
        }
    }

    @Nested
    @DisplayName("pipe and pipeline")
    class Pipes {

        @Test
        void pipe_pauses_the_source_while_the_destination_is_full_and_resumes_it_on_drain() {
            ChunkSource source = new ChunkSource(8, "c1__", "c2__", "c3__", "c4__", "c5__");
            HeldSink sink = new HeldSink(8);
            source.pipe(sink);

            assertThat(source.isPaused()).as("the sink holds 8 bytes (its highWaterMark): write returned false, "
                    + "so pipe paused the source").isTrue();
            assertThat(sink.writableLength()).isEqualTo(8);
            sink.completeNext();
            assertThat(source.isPaused()).as("4 bytes still buffered in the sink: no drain yet").isTrue();
            sink.completeNext();
            assertThat(sink.written).as("on drain the source resumed and sent the next chunks")
                    .containsExactly("c1__", "c2__", "c3__");
            assertThat(source.isPaused()).as("...until the sink was full again").isTrue();
            sink.completeAll();
            assertThat(sink.written).containsExactly("c1__", "c2__", "c3__", "c4__", "c5__");
            assertThat(sink.destroyed()).as("the source's end ended the sink, which finished").isTrue();
        }

        @Test
        void pipeline_reports_success_once_the_destination_has_finished() {
            ChunkSource source = new ChunkSource(64, "first li", "ne\nsecond line\n", "third");
            HeldSink sink = new HeldSink(64);
            List<String> callbacks = new ArrayList<>();
            Pipeline.pipeline(source, List.of(new LineSplitter(64)), sink, error -> callbacks.add("callback " + error));
            assertThat(callbacks).as("not before the sink has finished").isEmpty();
            sink.completeAll();

            assertThat(sink.written).containsExactly("first line", "second line", "third");
            assertThat(callbacks).containsExactly("callback null");
        }

        @Test
        void an_error_anywhere_destroys_every_stream_and_reaches_the_callback_once() {
            IllegalArgumentException bad = new IllegalArgumentException("corrupt chunk");
            ChunkSource source = new ChunkSource(64, "a", "b", "boom", "c");
            Transform failing = new Transform(64) {
                @Override
                protected void doTransform(byte[] chunk) {
                    if (text(chunk).equals("boom")) {
                        throw bad;
                    }
                    push(chunk);
                }
            };
            LineSplitter after = new LineSplitter(64);
            HeldSink sink = new HeldSink(64);
            List<Throwable> callbacks = new ArrayList<>();
            Pipeline.pipeline(source, List.of(failing, after), sink, callbacks::add);
            sink.completeAll();

            assertThat(callbacks).as("the callback gets the error, exactly once").containsExactly(bad);
            assertThat(List.of(source.destroyed(), failing.destroyed(), after.destroyed(), sink.destroyed()))
                    .as("source, both transforms and the sink are destroyed").containsExactly(true, true, true, true);
        }

        @Test
        void copying_64_MiB_never_buffers_more_than_a_small_multiple_of_the_highWaterMark() {
            int highWaterMark = 16 * 1024;
            long total = 64L * 1024 * 1024;
            AtomicLong produced = new AtomicLong();
            Readable source = new Readable(highWaterMark) {
                @Override
                protected void doRead(int size) {
                    if (produced.get() == total) {
                        push(null);
                        return;
                    }
                    byte[] chunk = new byte[highWaterMark];
                    chunk[0] = (byte) (produced.get() / highWaterMark);
                    produced.addAndGet(chunk.length);
                    push(chunk);
                }
            };
            FixedSizeChunker rechunk = new FixedSizeChunker(10_000, highWaterMark);
            AtomicLong received = new AtomicLong();
            AtomicLong maxBuffered = new AtomicLong();
            List<Consumer<Throwable>> held = new ArrayList<>();
            Writable sink = new Writable(highWaterMark) {
                @Override
                protected void doWrite(byte[] chunk, Consumer<Throwable> done) {
                    received.addAndGet(chunk.length);
                    held.add(done);
                }
            };
            Runnable measure = () -> maxBuffered.accumulateAndGet(source.readableLength() + rechunk.writableLength()
                    + rechunk.readableLength() + sink.writableLength(), Math::max);
            List<Throwable> outcome = new ArrayList<>();
            Pipeline.pipeline(source, List.of(rechunk), sink, outcome::add);
            while (!held.isEmpty()) {
                measure.run();
                held.remove(0).accept(null);
            }

            assertThat(outcome).as("the pipeline finished without error").hasSize(1).containsOnlyNulls();
            assertThat(received.get()).as("every byte arrived").isEqualTo(total);
            assertThat(maxBuffered.get()).as("bytes buffered by all streams at once, at most 8 x highWaterMark (128 KiB) "
                    + "while copying 64 MiB: backpressure must hold the source back").isLessThanOrEqualTo(8L * highWaterMark);
        }
    }
}
