package dev.backendlab.phase05.sql;

/** A book with this ISBN is already listed (PostgreSQL said SQLSTATE 23505, unique_violation). */
public final class DuplicateIsbnException extends RuntimeException {

    public DuplicateIsbnException(String isbn, Throwable cause) {
        super("a book with ISBN " + isbn + " is already listed", cause);
    }
}
