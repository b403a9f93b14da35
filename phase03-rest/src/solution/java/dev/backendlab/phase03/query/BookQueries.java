package dev.backendlab.phase03.query;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.phase03.catalogue.Book;
import dev.backendlab.phase03.catalogue.BookCatalogue;
import dev.backendlab.web.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a collection the way clients need it: a page at a time, filtered, sorted, searched.
 *
 * <p>{@code GET /books} (offset pagination) takes these query parameters, every one optional:
 * <ul>
 *   <li>{@code page} (from 1, default 1) and {@code limit} (1 to
 *       {@value BookQueriesRoutes#MAX_LIMIT}, default {@value BookQueriesRoutes#DEFAULT_LIMIT});
 *       anything else is 400;</li>
 *   <li>filters: {@code title=...}, {@code author=...} (exact match), and {@code year} with an operator,
 *       {@code year=1965} or {@code year[op]=1965}, op one of eq, ne, gt, gte, lt, lte; every filter
 *       must hold; an unknown operator or a year that is not an integer is 400;</li>
 *   <li>{@code sort}: comma-separated fields of id, title, author, year, each ascending or, with a
 *       leading {@code -}, descending; books equal on every key keep id order; an unknown field is 400;</li>
 *   <li>{@code q}: keeps books whose title or author contains it, ignoring case.</li>
 * </ul>
 * Any other parameter is 400, its message naming it. The answer is 200 with
 * {@code {"data":[books],"meta":{"page":2,"limit":5,"total":12,"totalPages":3}}} (a page past the end
 * has empty data), and a {@code Link} header (RFC 8288) with {@code rel="next"} unless this is the last
 * page and {@code rel="prev"} unless it is the first, each a URI that keeps every other parameter.
 *
 * <p>{@code GET /books/feed} (cursor pagination) lists books newest first (highest id first), and
 * takes {@code limit} (as above) and {@code cursor}, the value of the previous page's
 * {@code meta.nextCursor}. It answers {@code {"data":[books],"meta":{"limit":5,"nextCursor":"..."}}}
 * with {@code nextCursor} null on the last page, and a {@code Link rel="next"} when there is one.
 * Books added between two page requests never make a page repeat or skip a book. A cursor this
 * server did not issue is 400 ({@link SignedCursor}). Any other parameter is 400.
 *
 * <p>The routes, the catalogue, the cursor signer and the limits are given in {@link BookQueriesRoutes}.
 */
public final class BookQueries extends BookQueriesRoutes {

    private static final Pattern FILTER = Pattern.compile("(title|author|year)(?:\\[(\\w+)])?");
    private static final List<String> YEAR_OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte");
    private static final String ALLOWED = "page, limit, sort, q, title, author, year, year[eq|ne|gt|gte|lt|lte]";

    public BookQueries(BookCatalogue catalogue, SignedCursor cursors) {
        super(catalogue, cursors);
    }

    /** {@code GET /books}: one page of the filtered, searched, sorted books; see the class comment. */
    public void list(Exchange exchange) {
        Predicate<Book> keep = book -> true;
        Comparator<Book> order = null;
        for (Map.Entry<String, List<String>> param : exchange.queryParams().entrySet()) {
            String name = param.getKey();
            for (String value : param.getValue()) {
                switch (name) {
                    case "page", "limit" -> { }
                    case "sort" -> order = sortOrder(value);
                    case "q" -> keep = keep.and(matches(value));
                    default -> keep = keep.and(filter(name, value));
                }
            }
        }
        int page = intParam(exchange, "page", 1, 1, Integer.MAX_VALUE);
        int limit = intParam(exchange, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Comparator<Book> byId = Comparator.comparingLong(Book::id);
        List<Book> found = catalogue.all().stream().filter(keep)
                .sorted(order == null ? byId : order.thenComparing(byId)).toList();

        int total = found.size();
        int totalPages = (total + limit - 1) / limit;
        long from = Math.min((long) (page - 1) * limit, total);
        List<Book> data = found.subList((int) from, (int) Math.min(from + limit, total));
        if (page < totalPages) {
            exchange.addHeader("Link", link(exchange, page + 1, limit, "next"));
        }
        if (page > 1) {
            exchange.addHeader("Link", link(exchange, Math.min(page - 1, Math.max(totalPages, 1)), limit, "prev"));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("page", page);
        meta.put("limit", limit);
        meta.put("total", total);
        meta.put("totalPages", totalPages);
        exchange.sendJson(200, Map.of("data", data, "meta", meta));
    }

    /** {@code GET /books/feed}: newest first, one page after the cursor; see the class comment. */
    public void feed(Exchange exchange) {
        for (String name : exchange.queryParams().keySet()) {
            if (!name.equals("limit") && !name.equals("cursor")) {
                throw new ApiException(400, "unknown query parameter '" + name + "'; the feed takes limit and cursor");
            }
        }
        int limit = intParam(exchange, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String cursor = exchange.query("cursor");
        long before = cursor == null ? Long.MAX_VALUE : cursors.decode(cursor);
        // Keyset, not offset: "ids below the last one seen" stays right however many books arrive.
        List<Book> newer = new ArrayList<>(catalogue.all());
        List<Book> page = new ArrayList<>();
        boolean more = false;
        for (int i = newer.size() - 1; i >= 0; i--) {
            Book book = newer.get(i);
            if (book.id() >= before) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(book);
        }
        String next = more ? cursors.encode(page.get(page.size() - 1).id()) : null;
        if (next != null) {
            exchange.addHeader("Link", "</books/feed?limit=" + limit + "&cursor=" + next + ">; rel=\"next\"");
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("limit", limit);
        meta.put("nextCursor", next);
        exchange.sendJson(200, Map.of("data", page, "meta", meta));
    }

    private static Predicate<Book> filter(String name, String value) {
        Matcher m = FILTER.matcher(name);
        if (!m.matches()) {
            throw new ApiException(400, "unknown query parameter '" + name + "'; allowed: " + ALLOWED);
        }
        String field = m.group(1);
        String operator = m.group(2) == null ? "eq" : m.group(2);
        if (!field.equals("year")) {
            if (!operator.equals("eq")) {
                throw new ApiException(400, "'" + field + "' only takes an exact value, not [" + operator + "]");
            }
            Function<Book, String> getter = field.equals("title") ? Book::title : Book::author;
            return book -> value.equals(getter.apply(book));
        }
        if (!YEAR_OPERATORS.contains(operator)) {
            throw new ApiException(400, "unknown operator '" + operator + "' in '" + name + "'; year takes " + YEAR_OPERATORS);
        }
        int year = parseInt(name, value);
        return book -> switch (operator) {
            case "eq" -> book.year() == year;
            case "ne" -> book.year() != year;
            case "gt" -> book.year() > year;
            case "gte" -> book.year() >= year;
            case "lt" -> book.year() < year;
            default -> book.year() <= year;
        };
    }

    private static Predicate<Book> matches(String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return book -> book.title().toLowerCase(Locale.ROOT).contains(needle)
                || (book.author() != null && book.author().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Comparator<Book> sortOrder(String sort) {
        Comparator<Book> order = null;
        for (String key : sort.split(",")) {
            boolean descending = key.startsWith("-");
            String field = descending ? key.substring(1) : key;
            Comparator<Book> byField = switch (field) {
                case "id" -> Comparator.comparingLong(Book::id);
                case "title" -> Comparator.comparing(Book::title);
                case "author" -> Comparator.comparing(Book::author, Comparator.nullsLast(Comparator.naturalOrder()));
                case "year" -> Comparator.comparingInt(Book::year);
                default -> throw new ApiException(400, "cannot sort by '" + field + "'; sort takes id, title, author, year");
            };
            // Reverse each key on its own: reversing the whole chain would also reverse the tie-break.
            byField = descending ? byField.reversed() : byField;
            order = order == null ? byField : order.thenComparing(byField);
        }
        return order;
    }

    private static int intParam(Exchange exchange, String name, int fallback, int min, int max) {
        String value = exchange.query(name);
        if (value == null) {
            return fallback;
        }
        int n = parseInt(name, value);
        if (n < min || n > max) {
            throw new ApiException(400, "'" + name + "' must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "'" + name + "' must be an integer, not '" + value + "'");
        }
    }

    private static String link(Exchange exchange, int page, int limit, String rel) {
        StringBuilder uri = new StringBuilder("/books?");
        exchange.queryParams().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("limit")) {
                values.forEach(v -> uri.append(encode(name)).append('=').append(encode(v)).append('&'));
            }
        });
        uri.append("page=").append(page).append("&limit=").append(limit);
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
