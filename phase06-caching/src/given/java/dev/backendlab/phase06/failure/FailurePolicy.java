package dev.backendlab.phase06.failure;

/** What a rate limiter answers when Redis, which holds the counts, cannot be reached. */
public enum FailurePolicy {
    /** Allow the request: availability first; a Redis outage must not take the API down with it. */
    FAIL_OPEN,
    /** Deny the request: protection first; for endpoints an attacker would hammer (login, payment). */
    FAIL_CLOSED
}
