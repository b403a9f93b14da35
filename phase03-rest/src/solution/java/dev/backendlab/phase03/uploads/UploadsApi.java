package dev.backendlab.phase03.uploads;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        String boundary = MultipartReader.boundaryOf(exchange.header("Content-Type"));
        if (boundary == null) {
            throw new ApiException(415, "an upload is multipart/form-data with a boundary");
        }
        MultipartReader parts = new MultipartReader(exchange.bodyStream(), boundary);
        MultipartReader.Part part = parts.next();
        while (part != null && !"file".equals(part.name())) {
            part = parts.next();
        }
        if (part == null || part.filename() == null) {
            throw new ApiException(400, "the upload needs a part name=\"file\" with a filename");
        }
        InputStream content = part.content();
        byte[] head = content.readNBytes(FileSniffer.HEAD_BYTES);
        String type = FileSniffer.sniff(head).filter(ALLOWED::contains).orElseThrow(() ->
                new ApiException(415, "only " + ALLOWED + " are accepted, and these bytes are none of them"));
        if (part.contentType() != null && !part.contentType().equalsIgnoreCase(type)) {
            throw new ApiException(415, "the part says " + part.contentType() + " but its bytes are " + type);
        }
        String name = StoredNames.sanitize(part.filename());
        if (Files.exists(folder.resolve(name))) {
            throw new ApiException(409, "a file named " + name + " is already stored");
        }
        Path temporary = Files.createTempFile(folder, ".upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = copy(head, content, temporary, sha256);
            // No REPLACE_EXISTING: if another upload took the name meanwhile, this throws instead.
            Files.move(temporary, folder.resolve(name));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("size", size);
            body.put("contentType", type);
            body.put("sha256", HexFormat.of().formatHex(sha256.digest()));
            exchange.header("Location", "/files/" + name);
            exchange.sendJson(201, body);
        } catch (FileAlreadyExistsException e) {
            throw new ApiException(409, "a file named " + name + " is already stored");
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Copies head + rest to the file, hashing as it goes; 413 as soon as the limit is crossed. */
    private long copy(byte[] head, InputStream rest, Path file, MessageDigest sha256) throws IOException {
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = head;
            int n = head.length;
            byte[] buffer = new byte[16 * 1024];
            while (n >= 0) {
                size += n;
                if (size > maxBytes) {
                    throw new ApiException(413, "a file may have at most " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
                sha256.update(chunk, 0, n);
                chunk = buffer;
                n = rest.read(buffer);
            }
        }
        return size;
    }

    /** {@code GET /files/:name}; see the class comment. */
    public void download(Exchange exchange) throws IOException {
        String name = exchange.pathParam("name");
        Path file = folder.resolve(StoredNames.sanitize(name));
        if (!StoredNames.sanitize(name).equals(name) || !Files.isRegularFile(file)) {
            throw new ApiException(404, "no file is stored as " + name);
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> type = FileSniffer.sniff(bytes.length > FileSniffer.HEAD_BYTES
                ? java.util.Arrays.copyOf(bytes, FileSniffer.HEAD_BYTES) : bytes);
        exchange.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.header("X-Content-Type-Options", "nosniff");
        exchange.send(200, type.orElse("application/octet-stream"), bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
