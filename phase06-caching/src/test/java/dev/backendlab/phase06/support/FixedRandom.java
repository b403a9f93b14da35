package dev.backendlab.phase06.support;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A RandomGenerator whose {@code nextLong(bound)} always answers the same, and remembers the bounds asked. */
public final class FixedRandom implements RandomGenerator {

    private final long value;
    private final List<Long> bounds = new ArrayList<>();

    public FixedRandom(long value) {
        this.value = value;
    }

    @Override
    public synchronized long nextLong(long bound) {
        bounds.add(bound);
        return Math.min(value, bound - 1);
    }

    @Override
    public long nextLong() {
        return value;
    }

    public synchronized List<Long> bounds() {
        return List.copyOf(bounds);
    }
}
