package dev.backendlab.phase15.frames;

/**
 * Which end sent the bytes being decoded: a client masks every frame, a server masks none
 * (RFC 6455 section 5.1).
 */
public enum Side {
    CLIENT,
    SERVER
}
