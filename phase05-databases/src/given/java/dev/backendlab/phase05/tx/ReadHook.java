package dev.backendlab.phase05.tx;

/**
 * Called by {@link Deposits} between reading a balance and writing the new one, on the caller's
 * thread: the tests use it to make two deposits interleave exactly as they need, with latches and
 * barriers rather than luck. Production code passes {@link #NONE}.
 */
@FunctionalInterface
public interface ReadHook {

    ReadHook NONE = balanceRead -> {
    };

    void afterRead(long balanceRead);
}
