/**
 * Exercise 1: an incremental HTTP/1.1 request parser, the part of Node's http module that llhttp
 * is. Start with {@link dev.backendlab.phase02.parser.RequestParser}: bytes in, in any split;
 * {@link dev.backendlab.phase02.parser.ParseEvent}s out; a
 * {@link dev.backendlab.phase02.parser.ParseError} with its status for every request it refuses.
 */
package dev.backendlab.phase02.parser;
