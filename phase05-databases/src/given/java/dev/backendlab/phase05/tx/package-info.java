/**
 * Exercise 3, transactions: a transfer that keeps money constant under concurrency, the lost update
 * and its two cures, SERIALIZABLE with a bounded retry, and what the isolation levels let you see.
 *
 * <p>Start at {@link dev.backendlab.phase05.tx.TransferService}; the table is
 * {@link dev.backendlab.phase05.tx.AccountsSchema}. Then {@link dev.backendlab.phase05.tx.Deposits},
 * {@link dev.backendlab.phase05.tx.RetryingTransactions} and {@link dev.backendlab.phase05.tx.IsolationDemo}.
 */
package dev.backendlab.phase05.tx;
