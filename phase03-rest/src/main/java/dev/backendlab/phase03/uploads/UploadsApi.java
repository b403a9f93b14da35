package dev.backendlab.phase03.uploads;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Exchange;
import java.io.IOException;
import java.nio.file.Path;

/**
 * File uploads into one folder, and their downloads.
 *
 * <p>{@code POST /files} (a streaming route: the body arrives while the handler runs) takes a
 * {@code multipart/form-data} body (else 415) with a part named {@code file} that has a file name
 * (else 400); parts before it (other form fields) are skipped. The part is checked and stored as it streams:
 * <ul>
 *   <li>its type is sniffed from its first bytes ({@link FileSniffer}); a type outside
 *       {@link #ALLOWED} is 415, and so is a declared part {@code Content-Type} that differs from it
 *       (a zip renamed {@code .png} and sent as {@code image/png} is not a PNG);</li>
 *   <li>it is copied to a temporary file in the upload folder while its SHA-256 is computed; once
 *       more than {@code maxBytes} have come, the temporary file is deleted and the answer is 413 at
 *       once, without reading the rest;</li>
 *   <li>its stored name is {@link StoredNames#sanitize} of the client's; a name already stored is 409
 *       (the existing file is kept).</li>
 * </ul>
 * Then 201 with {@code Location: /files/<name>} and
 * {@code {"name":"photo.png","size":1234,"contentType":"image/png","sha256":"<64 hex digits>"}}.
 * A failed upload leaves nothing in the folder.
 *
 * <p>{@code GET /files/:name} answers the stored bytes with {@code Content-Type} (sniffed again),
 * {@code Content-Disposition: attachment; filename="<name>"} and {@code X-Content-Type-Options: nosniff};
 * a name that is not a stored file (or that {@code sanitize} would change) is 404.
 *
 * <p>The routes, the folder, the limit and {@code ALLOWED} are given in {@link UploadsRoutes}.
 */
public final class UploadsApi extends UploadsRoutes {

    public UploadsApi(Path folder, long maxBytes) {
        super(folder, maxBytes);
    }

    /** {@code POST /files}; see the class comment. */
    public void upload(Exchange exchange) throws IOException {
        // TODO Find the part named file with MultipartReader, sniff it, stream it to a temporary file with its SHA-256 and a size limit, then move it into place.
        throw new NotImplementedYetException("store one uploaded file, streamed, checked and hashed", "Exercise 8: File uploads");
    }

    /** {@code GET /files/:name}; see the class comment. */
    public void download(Exchange exchange) throws IOException {
        // TODO Find the stored file (404 otherwise) and send it with Content-Type, Content-Disposition and nosniff.
        throw new NotImplementedYetException("send a stored file back with the right headers", "Exercise 8: File uploads");
    }
}
