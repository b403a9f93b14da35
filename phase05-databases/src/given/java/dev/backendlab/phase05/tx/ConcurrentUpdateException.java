package dev.backendlab.phase05.tx;

/** An optimistic write lost to other writers on every attempt it was allowed; nothing was changed. */
public final class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(long accountId, int attempts) {
        super("account " + accountId + " changed under every one of " + attempts + " attempts");
    }
}
