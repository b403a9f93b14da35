package dev.backendlab.phase03.uploads;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

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
 */
public final class UploadsApi {

    public static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "application/pdf");

    private final Path folder;
    private final long maxBytes;

    public UploadsApi(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The routes (given): the upload route streams its body. */
    public Router router() {
        return new Router()
                .stream("POST", "/files", this::upload)
                .get("/files/:name", this::download)
                .onError(ApiErrors::send);
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
