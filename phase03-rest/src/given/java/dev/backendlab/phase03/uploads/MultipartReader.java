package dev.backendlab.phase03.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Given: reads a {@code multipart/form-data} body (RFC 7578) part by part, as it arrives, in a
 * fixed buffer: a part's content is an {@link InputStream} that ends at the next boundary, so a
 * file part can be copied to disk without ever being whole in memory (what busboy does under multer).
 *
 * <pre>{@code
 * MultipartReader parts = new MultipartReader(exchange.bodyStream(), boundary);
 * for (Part part; (part = parts.next()) != null; ) { ... part.content() ... }
 * }</pre>
 * Calling {@link #next()} skips whatever is left of the previous part.
 */
public final class MultipartReader {

    /** One part: its form field name, the file name the client sent (or null), its declared type (or null). */
    public record Part(String name, String filename, String contentType, InputStream content) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)^\\s*multipart/form-data\\s*;.*?boundary=\"?([^\";]+)\"?");
    private static final Pattern PARAM = Pattern.compile("(?i);\\s*(name|filename)=\"([^\"]*)\"");
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private PartContent current;
    private boolean finished;

    public MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The first boundary has no CRLF before it: pretend it had, and every boundary looks the same.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        current = new PartContent();
    }

    /** The boundary parameter of a {@code multipart/form-data} Content-Type, or null if it is not one. */
    public static String boundaryOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The next part, or null after the closing boundary. */
    public Part next() throws IOException {
        if (finished) {
            return null;
        }
        current.skip();
        ensure(2);
        if (limit - position >= 2 && buffer[position] == '-' && buffer[position + 1] == '-') {
            finished = true;
            return null;
        }
        String headers = readHeaders();
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                Matcher m = PARAM.matcher(value);
                while (m.find()) {
                    if (m.group(1).equalsIgnoreCase("name")) {
                        name = m.group(2);
                    } else {
                        filename = m.group(2);
                    }
                }
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        current = new PartContent();
        return new Part(name, filename, contentType, current);
    }

    /** After a boundary: the rest of its line, then header lines up to an empty line. */
    private String readHeaders() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int end = indexOf(new byte[] {'\r', '\n', '\r', '\n'});
            if (end >= 0) {
                text.append(new String(buffer, position, end - position, StandardCharsets.UTF_8));
                position = end + 4;
                break;
            }
            if (limit - position > MAX_HEADER_BYTES || endOfInput) {
                throw new IOException("malformed multipart body: part headers too long or never ended");
            }
            fill();
        }
        // The first line is what followed the boundary on its line (normally nothing).
        int firstLine = text.indexOf("\r\n");
        return firstLine < 0 ? "" : text.substring(firstLine + 2);
    }

    private void ensure(int bytes) throws IOException {
        while (limit - position < bytes && !endOfInput) {
            fill();
        }
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            return;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
        }
    }

    private int indexOf(byte[] pattern) {
        outer:
        for (int i = position; i <= limit - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part's bytes: up to (not including) the next delimiter, which it then consumes. */
    private final class PartContent extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] out, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            while (true) {
                ensure(delimiter.length);
                int found = indexOf(delimiter);
                int safe = found >= 0 ? found - position : limit - position - (delimiter.length - 1);
                if (found == position) {
                    position += delimiter.length;
                    done = true;
                    return -1;
                }
                if (safe > 0) {
                    int n = Math.min(length, safe);
                    System.arraycopy(buffer, position, out, offset, n);
                    position += n;
                    return n;
                }
                if (endOfInput) {
                    throw new IOException("malformed multipart body: it ended before the closing boundary");
                }
                fill();
            }
        }

        void skip() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // drop the rest of the part
            }
        }
    }
}
