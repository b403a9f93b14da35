package dev.backendlab.phase15.scaling;

import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Server nodes sharing one channel prefix, each with a "fence" peer the tests use to know that
 * every message sent so far has been delivered everywhere, so that deliveries can be counted
 * exactly instead of waited for with a guess.
 */
final class Cluster implements AutoCloseable {

    static final String FENCE_ROOM = "fence-room";
    private static final long WAIT_MILLIS = 5_000;

    private final List<RedisRoomAdapter> nodes = new ArrayList<>();
    private final List<RecordingPeer> fences = new ArrayList<>();
    private final List<Boolean> running = new ArrayList<>();
    private final List<Integer> fencesDue = new ArrayList<>();
    private int rounds;

    /** Adds a started node named {@code name}, with its fence peer joined. */
    RedisRoomAdapter add(RedisRoomAdapter node, String name) {
        nodes.add(node);
        running.add(Boolean.FALSE);
        node.start();
        running.set(running.size() - 1, Boolean.TRUE);
        RecordingPeer fence = new RecordingPeer("fence@" + name);
        fences.add(fence);
        fencesDue.add(0);
        node.join(FENCE_ROOM, fence);
        return node;
    }

    RedisRoomAdapter node(int index) {
        return nodes.get(index);
    }

    /** Closes node {@code index}; {@link #settle} then leaves it out. */
    void stop(int index) {
        nodes.get(index).close();
        running.set(index, Boolean.FALSE);
    }

    /**
     * Returns once every message sent before the call reached every running node. Two rounds:
     * every node sends a fence to the fence room and waits for everybody's; once round one is in,
     * Redis has taken every earlier publish, so round two's fences, which come through Redis after
     * them, prove that every subscriber has been handed everything before.
     */
    void settle() throws InterruptedException {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (running.get(i)) {
                live.add(i);
            }
        }
        for (int round = 0; round < 2; round++) {
            rounds++;
            for (int i : live) {
                nodes.get(i).emitToRoom(FENCE_ROOM, "fence " + rounds + " from node " + i);
            }
            for (int i : live) {
                RecordingPeer fence = fences.get(i);
                fencesDue.set(i, fencesDue.get(i) + live.size());
                if (!fence.awaitAtLeast(fencesDue.get(i), WAIT_MILLIS)) {
                    fail("emitToRoom on each of the %d running nodes sent a message to room '%s', where node %d has a "
                            + "member; within %d ms that member received only %s. Every node must "
                            + "deliver what any running node sends to a room.",
                            live.size(), FENCE_ROOM, i, WAIT_MILLIS, fence.received());
                }
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < nodes.size(); i++) {
            try {
                nodes.get(i).close();
            } catch (NotImplementedYetException stillAStub) {
                // the check has already ended as "not started"
            }
        }
    }
}
