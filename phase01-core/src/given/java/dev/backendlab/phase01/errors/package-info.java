/**
 * Exercise 8, error handling as Node does it: {@link dev.backendlab.phase01.errors.NodeProcess}
 * (uncaughtException, unhandledRejection, exit codes) and
 * {@link dev.backendlab.phase01.errors.CentralErrorHandler} (operational versus programmer errors,
 * used like an Express error middleware). Start with {@code NodeProcess.run}.
 * {@link dev.backendlab.phase01.errors.AppError}, {@link dev.backendlab.phase01.errors.Rejection} and
 * {@link dev.backendlab.phase01.errors.Response} are given.
 */
package dev.backendlab.phase01.errors;
