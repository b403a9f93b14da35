package dev.backendlab.phase01.promise;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A JavaScript promise: settles once, and runs every reaction as a microtask, never synchronously.
 *
 * <p>Resolving with a value fulfills. Resolving with a {@link Promise} or a {@link Thenable} adopts
 * its outcome: a microtask calls its {@code then} with fresh resolve/reject functions (so adopting a
 * promise costs two extra microtask turns, as the spec's NewPromiseResolveThenableJob does).
 * Resolving a promise with itself rejects it with a {@link TypeError}. A handler that throws a
 * {@link RuntimeException} rejects the derived promise with it.
 *
 * <p>Handlers return either a value or a thenable to adopt, which is why they are typed
 * {@code Function<..., ?>} and the derived promise's type is the caller's to state.
 */
public final class Promise<T> {

    private static final String SECTION = "Exercise 3: Promise";

    /**
     * {@code new Promise((resolve, reject) -> ...)}: runs {@code executor} now, synchronously.
     * {@code resolve} takes a value or a thenable. An exception the executor throws rejects the promise.
     * Only the first call of resolve or reject counts.
     */
    public Promise(MicrotaskQueue microtasks, BiConsumer<Consumer<Object>, Consumer<Throwable>> executor) {
        // TODO: keep the queue, make a resolve/reject pair that acts once, run the executor
        throw new NotImplementedYetException("run the executor with a resolve/reject pair that acts once", SECTION);
    }

    /** {@code Promise.resolve(value)}: {@code value} itself if it is a Promise, else a promise resolved with it. */
    public static <T> Promise<T> resolve(MicrotaskQueue microtasks, Object value) {
        // TODO
        throw new NotImplementedYetException("Promise.resolve", SECTION);
    }

    /** {@code Promise.reject(reason)}. */
    public static <T> Promise<T> reject(MicrotaskQueue microtasks, Throwable reason) {
        // TODO
        throw new NotImplementedYetException("Promise.reject", SECTION);
    }

    /** The state now (for tests and debugging; JavaScript hides it). */
    public PromiseState state() {
        // TODO
        throw new NotImplementedYetException("report the state", SECTION);
    }

    /** {@code then(onFulfilled)}: {@code then(onFulfilled, null)}. */
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled) {
        // TODO
        throw new NotImplementedYetException("then with a fulfillment handler", SECTION);
    }

    /**
     * Registers reactions and returns the derived promise, resolved with what the handler returns
     * (adopting it if it is a thenable) or rejected with what it throws. A {@code null} handler passes
     * the value or the reason through. The handler runs as a microtask, even if this promise is
     * already settled.
     */
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled, Function<? super Throwable, ?> onRejected) {
        // TODO: a reaction that settles the derived promise; queue it now if settled, else when this settles
        throw new NotImplementedYetException("register reactions that run as microtasks", SECTION);
    }

    /** {@code catch}: {@code then(null, onRejected)}. */
    public <R> Promise<R> catchError(Function<? super Throwable, ?> onRejected) {
        // TODO
        throw new NotImplementedYetException("catch", SECTION);
    }

    /**
     * {@code finally}: runs {@code onFinally} either way, then passes the value or the reason on
     * unchanged, unless {@code onFinally} throws: then the derived promise rejects with that.
     */
    public Promise<T> finallyDo(Runnable onFinally) {
        // TODO
        throw new NotImplementedYetException("finally", SECTION);
    }

    /** Fulfills with every value in input order once all fulfill; rejects with the first rejection. */
    public static <T> Promise<List<T>> all(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO
        throw new NotImplementedYetException("Promise.all", SECTION);
    }

    /** Fulfills, once every input settled, with each outcome in input order. Never rejects. */
    public static <T> Promise<List<Settled<T>>> allSettled(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO
        throw new NotImplementedYetException("Promise.allSettled", SECTION);
    }

    /** Settles like the first input to settle. */
    public static <T> Promise<T> race(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO
        throw new NotImplementedYetException("Promise.race", SECTION);
    }

    /** Fulfills like the first input to fulfill; rejects with an {@link AggregateError} if all reject. */
    public static <T> Promise<T> any(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO
        throw new NotImplementedYetException("Promise.any", SECTION);
    }
}
