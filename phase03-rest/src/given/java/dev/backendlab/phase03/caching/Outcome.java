package dev.backendlab.phase03.caching;

/** What evaluating the preconditions of a request decided. */
public enum Outcome {
    /** Perform the method. */
    PROCEED,
    /** 304 Not Modified: the client's copy is current (GET and HEAD only). */
    NOT_MODIFIED,
    /** 412 Precondition Failed: the client's assumption about the resource is wrong. */
    PRECONDITION_FAILED,
    /** 428 Precondition Required: this server only takes conditional writes. */
    PRECONDITION_REQUIRED
}
