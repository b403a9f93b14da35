package dev.backendlab.phase03.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one shape of every collection response:
 * <pre>{@code
 * {"data":  [ ...items... ],
 *  "meta":  {"total": 12, "page": 2, "limit": 5},
 *  "links": {"self": "/books?page=2&limit=5", "first": "/books?page=1&limit=5",
 *            "last": "/books?page=3&limit=5", "prev": "/books?page=1&limit=5",
 *            "next": "/books?page=3&limit=5"}}
 * }</pre>
 * A single item is sent plain, never in an envelope; an error is never in one either.
 */
public record Envelope(List<?> data, Meta meta, Links links) {

    public record Meta(int total, int page, int limit) {
    }

    /** {@code prev} and {@code next} are left out (not null) where there is no such page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String self, String first, String last, String prev, String next) {
    }

    /**
     * The envelope of one page of a collection.
     *
     * @param all   every item of the collection, in order
     * @param page  the page asked for, from 1 (a page past the end has empty data)
     * @param limit items per page, at least 1
     * @param path  the collection's path, {@code /books}; each link is {@code path?page=N&limit=L}
     * @return data is the page's items (an empty list, never null); {@code last} is the last page
     *         that has items, or 1 when the collection is empty; {@code prev} is there when
     *         page > 1 (and points no further than {@code last}); {@code next} when page < last
     */
    public static Envelope page(List<?> all, int page, int limit, String path) {
        int total = all.size();
        int last = Math.max(1, (total + limit - 1) / limit);
        long from = Math.min((long) (page - 1) * limit, total);
        List<?> data = List.copyOf(all.subList((int) from, (int) Math.min(from + limit, total)));
        Links links = new Links(
                link(path, page, limit),
                link(path, 1, limit),
                link(path, last, limit),
                page > 1 ? link(path, Math.min(page - 1, last), limit) : null,
                page < last ? link(path, page + 1, limit) : null);
        return new Envelope(data, new Meta(total, page, limit), links);
    }

    private static String link(String path, int page, int limit) {
        return path + "?page=" + page + "&limit=" + limit;
    }
}
