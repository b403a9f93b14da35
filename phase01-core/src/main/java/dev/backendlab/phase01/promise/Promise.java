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

    /**
     * {@code new Promise((resolve, reject) -> ...)}: runs {@code executor} now, synchronously.
     * {@code resolve} takes a value or a thenable. An exception the executor throws rejects the promise.
     * Only the first call of resolve or reject counts.
     */
    public Promise(MicrotaskQueue microtasks, BiConsumer<Consumer<Object>, Consumer<Throwable>> executor) {
        // TODO Keep the queue, make a resolve/reject pair that acts once between them, run the executor; what
        //  it throws rejects.
        throw new NotImplementedYetException("run the executor with a resolve/reject pair that acts once",
                "Exercise 3: Promise");
    }

    /** {@code Promise.resolve(value)}: {@code value} itself if it is a Promise, else a promise resolved with it. */
    public static <T> Promise<T> resolve(MicrotaskQueue microtasks, Object value) {
        // TODO Return value itself if it is a Promise, else a new promise resolved with it.
        throw new NotImplementedYetException("return value if it is a Promise, else a promise resolved with it",
                "Exercise 3: Promise");
    }

    /** {@code Promise.reject(reason)}. */
    public static <T> Promise<T> reject(MicrotaskQueue microtasks, Throwable reason) {
        // TODO Return a new promise rejected with reason.
        throw new NotImplementedYetException("return a promise rejected with reason", "Exercise 3: Promise");
    }

    /** The state now (for tests and debugging; JavaScript hides it). */
    public PromiseState state() {
        // TODO Return the current state.
        throw new NotImplementedYetException("report the state", "Exercise 3: Promise");
    }

    /** {@code then(onFulfilled)}: {@code then(onFulfilled, null)}. */
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled) {
        // TODO Call then(onFulfilled, null).
        throw new NotImplementedYetException("then with a fulfillment handler", "Exercise 3: Promise");
    }

    /**
     * Registers reactions and returns the derived promise, resolved with what the handler returns
     * (adopting it if it is a thenable) or rejected with what it throws. A {@code null} handler passes
     * the value or the reason through. The handler runs as a microtask, even if this promise is
     * already settled.
     */
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled, Function<? super Throwable, ?> onRejected) {
        // TODO Make a reaction that settles the derived promise with the handler's outcome; queue it as a
        //  microtask now if settled, else when this promise settles.
        throw new NotImplementedYetException("register reactions that run as microtasks",
                "Exercise 3: Promise");
    }

    /** {@code catch}: {@code then(null, onRejected)}. */
    public <R> Promise<R> catchError(Function<? super Throwable, ?> onRejected) {
        // TODO Call then(null, onRejected).
        throw new NotImplementedYetException("catch: then(null, onRejected)", "Exercise 3: Promise");
    }

    /**
     * {@code finally}: runs {@code onFinally} either way, then passes the value or the reason on
     * unchanged, unless {@code onFinally} throws: then the derived promise rejects with that.
     */
    public Promise<T> finallyDo(Runnable onFinally) {
        // TODO Call then with two handlers that run onFinally, then pass the value on or reject again with
        //  the reason.
        throw new NotImplementedYetException("finally: run onFinally, then pass the outcome on",
                "Exercise 3: Promise");
    }

    /** Fulfills with every value in input order once all fulfill; rejects with the first rejection. */
    public static <T> Promise<List<T>> all(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO Collect each value at its index and fulfill when the last arrives (at once for an empty list);
        //  reject on the first rejection.
        throw new NotImplementedYetException("fulfill with every value in order, or reject with the first rejection",
                "Exercise 3: Promise");
    }

    /** Fulfills, once every input settled, with each outcome in input order. Never rejects. */
    public static <T> Promise<List<Settled<T>>> allSettled(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO Map each input to a promise of its Settled outcome, then wait for all of them.
        throw new NotImplementedYetException("fulfill with every outcome in order", "Exercise 3: Promise");
    }

    /** Settles like the first input to settle. */
    public static <T> Promise<T> race(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO Settle a new promise with whichever input settles first.
        throw new NotImplementedYetException("settle like the first input to settle", "Exercise 3: Promise");
    }

    /** Fulfills like the first input to fulfill; rejects with an {@link AggregateError} if all reject. */
    public static <T> Promise<T> any(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        // TODO Fulfill with the first fulfilment; collect each reason at its index and reject with an
        //  AggregateError when all have rejected (at once for an empty list).
        throw new NotImplementedYetException("fulfill like the first input to fulfill, or reject with an AggregateError",
                "Exercise 3: Promise");
    }
}
