package dev.backendlab.phase05.tx;

/** No account has this id; nothing was changed. */
public final class UnknownAccountException extends RuntimeException {

    public UnknownAccountException(long accountId) {
        super("no account " + accountId);
    }
}
