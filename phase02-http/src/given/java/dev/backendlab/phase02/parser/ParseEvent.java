package dev.backendlab.phase02.parser;

/**
 * What the parser reports, in wire order, like the callbacks of Node's llhttp
 * ({@code on_headers_complete}, {@code on_body}, {@code on_message_complete}).
 *
 * <p>Every request yields one {@link RequestHead}, then zero or more {@link BodyChunk}s, then one
 * {@link RequestEnd}.
 */
public sealed interface ParseEvent permits RequestHead, BodyChunk, RequestEnd {
}
