/**
 * Exercise 4, migrations: a Flyway-like runner that applies versioned SQL files in order, each in
 * one transaction with its history row, refuses an applied file that changed, serialises runners
 * with an advisory lock, re-applies repeatable files that changed, and baselines an existing schema.
 *
 * <p>Start at {@link dev.backendlab.phase05.migrations.MigrationRunner}; the history table it keeps
 * is {@link dev.backendlab.phase05.migrations.HistoryTable}.
 */
package dev.backendlab.phase05.migrations;
