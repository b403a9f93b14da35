/**
 * Exercise 4: writing a response. Start with
 * {@link dev.backendlab.phase02.response.ResponseWriter}, which frames a body by Content-Length or
 * chunks and decides whether the connection stays open;
 * {@link dev.backendlab.phase02.response.StatusCodes} and
 * {@link dev.backendlab.phase02.response.HttpDate} supply the status line's phrase and the Date.
 */
package dev.backendlab.phase02.response;
