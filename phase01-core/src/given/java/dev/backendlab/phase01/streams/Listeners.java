package dev.backendlab.phase01.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A tiny event emitter for one event: the listeners, called in registration order. */
final class Listeners<T> {

    private final List<Consumer<T>> listeners = new ArrayList<>();

    void add(Consumer<T> listener) {
        listeners.add(listener);
    }

    void emit(T value) {
        for (Consumer<T> listener : List.copyOf(listeners)) {
            listener.accept(value);
        }
    }
}
