/**
 * Exercise 2: the WebSocket frame format of RFC 6455 section 5, as pure functions over bytes.
 *
 * <p>Start with {@link dev.backendlab.phase15.frames.FrameCodec#encode}, then
 * {@link dev.backendlab.phase15.frames.FrameCodec#decode}, then
 * {@link dev.backendlab.phase15.frames.MessageAssembler}, which joins fragments into messages.
 * The data types ({@code Frame}, {@code Opcode}, {@code Message}, {@code ProtocolViolation},
 * {@code CloseCodes}) are given.
 */
package dev.backendlab.phase15.frames;
