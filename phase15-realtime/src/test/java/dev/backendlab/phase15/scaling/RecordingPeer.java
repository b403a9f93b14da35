package dev.backendlab.phase15.scaling;

import dev.backendlab.phase15.events.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A peer that keeps every text it is sent, in order, and lets a test wait for a count. */
final class RecordingPeer implements Peer {

    private final String id;
    private final List<String> received = new ArrayList<>();

    RecordingPeer(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void send(String text) {
        received.add(text);
        notifyAll();
    }

    synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} texts arrived or {@code millis} passed; whether they did. */
    synchronized boolean awaitAtLeast(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    @Override
    public String toString() {
        return id;
    }
}
