package dev.backendlab.phase05.tx;

/** The paying account holds less than the transfer asks for; nothing was changed. */
public final class InsufficientFundsException extends RuntimeException {

    public InsufficientFundsException(long accountId, long balanceCents, long requestedCents) {
        super("account " + accountId + " holds " + balanceCents + " cents, the transfer asks for " + requestedCents);
    }
}
