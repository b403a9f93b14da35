package dev.backendlab.phase01.promise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    private record Resolvers(Consumer<Object> resolve, Consumer<Throwable> reject) {
    }

    private final MicrotaskQueue microtasks;
    private PromiseState state = PromiseState.PENDING;
    private Object result;
    private List<Runnable> reactions = new ArrayList<>();

    /**
     * {@code new Promise((resolve, reject) -> ...)}: runs {@code executor} now, synchronously.
     * {@code resolve} takes a value or a thenable. An exception the executor throws rejects the promise.
     * Only the first call of resolve or reject counts.
     */
    public Promise(MicrotaskQueue microtasks, BiConsumer<Consumer<Object>, Consumer<Throwable>> executor) {
        this.microtasks = microtasks;
        Resolvers resolvers = resolvers();
        try {
            executor.accept(resolvers.resolve(), resolvers.reject());
        } catch (RuntimeException e) {
            resolvers.reject().accept(e);
        }
    }

    /** {@code Promise.resolve(value)}: {@code value} itself if it is a Promise, else a promise resolved with it. */
    @SuppressWarnings("unchecked")
    public static <T> Promise<T> resolve(MicrotaskQueue microtasks, Object value) {
        if (value instanceof Promise<?> promise) {
            return (Promise<T>) promise;
        }
        return new Promise<>(microtasks, (resolve, reject) -> resolve.accept(value));
    }

    /** {@code Promise.reject(reason)}. */
    public static <T> Promise<T> reject(MicrotaskQueue microtasks, Throwable reason) {
        return new Promise<>(microtasks, (resolve, reject) -> reject.accept(reason));
    }

    /** The state now (for tests and debugging; JavaScript hides it). */
    public PromiseState state() {
        return state;
    }

    /** {@code then(onFulfilled)}: {@code then(onFulfilled, null)}. */
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled) {
        return then(onFulfilled, null);
    }

    /**
     * Registers reactions and returns the derived promise, resolved with what the handler returns
     * (adopting it if it is a thenable) or rejected with what it throws. A {@code null} handler passes
     * the value or the reason through. The handler runs as a microtask, even if this promise is
     * already settled.
     */
    @SuppressWarnings("unchecked")
    public <R> Promise<R> then(Function<? super T, ?> onFulfilled, Function<? super Throwable, ?> onRejected) {
        Promise<R> derived = new Promise<>(microtasks);
        Resolvers settle = derived.resolvers();
        Runnable reaction = () -> {
            try {
                if (state == PromiseState.FULFILLED) {
                    settle.resolve().accept(onFulfilled == null ? result : onFulfilled.apply((T) result));
                } else if (onRejected == null) {
                    settle.reject().accept((Throwable) result);
                } else {
                    settle.resolve().accept(onRejected.apply((Throwable) result));
                }
            } catch (RuntimeException e) {
                settle.reject().accept(e);
            }
        };
        if (state == PromiseState.PENDING) {
            reactions.add(reaction);
        } else {
            microtasks.queueMicrotask(reaction);
        }
        return derived;
    }

    /** {@code catch}: {@code then(null, onRejected)}. */
    public <R> Promise<R> catchError(Function<? super Throwable, ?> onRejected) {
        return then(null, onRejected);
    }

    /**
     * {@code finally}: runs {@code onFinally} either way, then passes the value or the reason on
     * unchanged, unless {@code onFinally} throws: then the derived promise rejects with that.
     */
    public Promise<T> finallyDo(Runnable onFinally) {
        return then(value -> {
            onFinally.run();
            return value;
        }, reason -> {
            onFinally.run();
            return Promise.reject(microtasks, reason);
        });
    }

    /** Fulfills with every value in input order once all fulfill; rejects with the first rejection. */
    public static <T> Promise<List<T>> all(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        return new Promise<>(microtasks, (resolve, reject) -> {
            Object[] values = new Object[promises.size()];
            int[] remaining = {promises.size()};
            if (promises.isEmpty()) {
                resolve.accept(List.of());
            }
            for (int i = 0; i < promises.size(); i++) {
                int index = i;
                promises.get(i).then(value -> {
                    values[index] = value;
                    if (--remaining[0] == 0) {
                        resolve.accept(Collections.unmodifiableList(Arrays.asList(values)));
                    }
                    return null;
                }, reason -> {
                    reject.accept(reason);
                    return null;
                });
            }
        });
    }

    /** Fulfills, once every input settled, with each outcome in input order. Never rejects. */
    public static <T> Promise<List<Settled<T>>> allSettled(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        List<Promise<Settled<T>>> outcomes = new ArrayList<>();
        for (Promise<T> promise : promises) {
            outcomes.add(promise.then(Settled::fulfilled, Settled::rejected));
        }
        return all(microtasks, outcomes);
    }

    /** Settles like the first input to settle. */
    public static <T> Promise<T> race(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        return new Promise<>(microtasks, (resolve, reject) -> {
            for (Promise<T> promise : promises) {
                promise.then(value -> {
                    resolve.accept(value);
                    return null;
                }, reason -> {
                    reject.accept(reason);
                    return null;
                });
            }
        });
    }

    /** Fulfills like the first input to fulfill; rejects with an {@link AggregateError} if all reject. */
    public static <T> Promise<T> any(MicrotaskQueue microtasks, List<Promise<T>> promises) {
        return new Promise<>(microtasks, (resolve, reject) -> {
            Throwable[] errors = new Throwable[promises.size()];
            int[] remaining = {promises.size()};
            if (promises.isEmpty()) {
                reject.accept(new AggregateError(List.of()));
            }
            for (int i = 0; i < promises.size(); i++) {
                int index = i;
                promises.get(i).then(value -> {
                    resolve.accept(value);
                    return null;
                }, reason -> {
                    errors[index] = reason;
                    if (--remaining[0] == 0) {
                        reject.accept(new AggregateError(Arrays.asList(errors)));
                    }
                    return null;
                });
            }
        });
    }

    private Promise(MicrotaskQueue microtasks) {
        this.microtasks = microtasks;
    }

    /** A resolve/reject pair that acts once between them, as the spec's CreateResolvingFunctions. */
    private Resolvers resolvers() {
        boolean[] used = {false};
        return new Resolvers(value -> {
            if (!used[0]) {
                used[0] = true;
                resolveWith(value);
            }
        }, reason -> {
            if (!used[0]) {
                used[0] = true;
                settle(PromiseState.REJECTED, reason);
            }
        });
    }

    private void resolveWith(Object value) {
        if (value == this) {
            settle(PromiseState.REJECTED, new TypeError("Chaining cycle detected for promise"));
        } else if (value instanceof Promise<?> promise) {
            Resolvers adopt = resolvers();
            microtasks.queueMicrotask(() -> promise.then(v -> {
                adopt.resolve().accept(v);
                return null;
            }, e -> {
                adopt.reject().accept(e);
                return null;
            }));
        } else if (value instanceof Thenable<?> thenable) {
            Resolvers adopt = resolvers();
            microtasks.queueMicrotask(() -> {
                try {
                    thenable.then(adopt.resolve(), adopt.reject());
                } catch (RuntimeException e) {
                    adopt.reject().accept(e);
                }
            });
        } else {
            settle(PromiseState.FULFILLED, value);
        }
    }

    private void settle(PromiseState outcome, Object value) {
        if (state != PromiseState.PENDING) {
            return;
        }
        state = outcome;
        result = value;
        List<Runnable> toRun = reactions;
        reactions = null;
        toRun.forEach(microtasks::queueMicrotask);
    }
}
