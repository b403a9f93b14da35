package dev.backendlab.phase03.catalogue;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory catalogue of books, safe to use from several threads: the "database" of the
 * exercises that only read. Ids are assigned in order, 1, 2, 3, ..., so a newer book has a larger id.
 */
public final class BookCatalogue {

    private final ConcurrentSkipListMap<Long, Book> books = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Stores a new book under the next id and returns it. */
    public Book add(String title, String author, int year) {
        long id = lastId.incrementAndGet();
        Book book = new Book(id, title, author, year);
        books.put(id, book);
        return book;
    }

    /** A snapshot of every book, in id order (oldest first). */
    public List<Book> all() {
        return List.copyOf(books.values());
    }
}
