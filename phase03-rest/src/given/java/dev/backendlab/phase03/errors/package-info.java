/**
 * Exercise 5, errors: every error as an RFC 9457 problem ({@code application/problem+json}), and a
 * 500 that tells the client nothing but an id the log also has. Start in
 * {@link dev.backendlab.phase03.errors.ProblemErrorHandler}; {@link dev.backendlab.phase03.errors.ProblemsApi}
 * is the given API that fails in every way.
 */
package dev.backendlab.phase03.errors;
