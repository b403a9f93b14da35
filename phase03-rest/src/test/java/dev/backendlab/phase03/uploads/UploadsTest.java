package dev.backendlab.phase03.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.Exercise;
import dev.backendlab.grader.fixtures.http.HttpReply;
import dev.backendlab.phase03.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise(order = 8, title = "File uploads", topics = {"File Uploads"})
@DisplayName("Exercise 8: File uploads")
class UploadsTest {

    private static final long LIMIT = 64 * 1024;
    private static final String BOUNDARY = "----lab-boundary-7MA4YWxkTrZu0gW";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path root;
    private Path folder;
    private Api api;

    @BeforeEach
    void serve() throws IOException {
        folder = Files.createDirectory(root.resolve("uploads"));
        api = Api.serve(new UploadsApi(folder, LIMIT).router());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** Bytes that start with a magic number and go on with a fixed pseudo-random tail. */
    private static byte[] file(byte[] magic, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] png(int size) {
        return file(PNG_MAGIC, size);
    }

    private static String partHeader(String filename, String contentType) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
    }

    private static byte[] multipart(String filename, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(partHeader(filename, contentType).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] fileFirst(String filename, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(partHeader(filename, contentType).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static HttpReply upload(Api api, byte[] body) {
        return api.callBytes("POST", "/files", body, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    }

    private HttpReply upload(String filename, String contentType, byte[] content) {
        return upload(api, fileFirst(filename, contentType, content));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<String> stored() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_png_is_stored_and_answered_201_with_its_size_and_sha256() throws Exception {
        byte[] photo = png(20_000);

        HttpReply created = upload("photo.png", "image/png", photo);

        assertThat(created.status()).as(created.says("a valid upload: 201")).isEqualTo(201);
        assertThat(created.header("Location")).as(created.says("Location names the stored file")).isEqualTo("/files/photo.png");
        assertThat(created.json().toString()).as(created.says("name, size, sniffed type and the SHA-256 of the bytes"))
                .isEqualTo("{\"name\":\"photo.png\",\"size\":20000,\"contentType\":\"image/png\",\"sha256\":\"" + sha256(photo) + "\"}");
        assertThat(Files.readAllBytes(folder.resolve("photo.png"))).as("the stored bytes are the uploaded bytes").isEqualTo(photo);
        assertThat(stored()).as("and nothing else is left in the folder (no temporary file)").containsExactly("photo.png");
    }

    @Test
    void the_file_part_may_come_after_other_fields_and_without_a_declared_type() throws Exception {
        byte[] scan = file("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 5_000);

        HttpReply created = upload(api, multipart("scan.pdf", null, scan));

        assertThat(created.status()).as(created.says("a PDF after a text field: 201")).isEqualTo(201);
        assertThat(created.json().path("contentType").asText()).as(created.says("sniffed as a PDF")).isEqualTo("application/pdf");
        assertThat(created.json().path("sha256").asText()).as(created.says("the hash of the file part only")).isEqualTo(sha256(scan));
    }

    @Test
    void a_file_larger_than_the_aggregation_limit_streams_through() throws Exception {
        Path big = Files.createDirectory(root.resolve("big"));
        byte[] photo = png(1_500_000);
        try (Api large = Api.serve(new UploadsApi(big, 4_000_000).router())) {
            HttpReply created = upload(large, fileFirst("large.png", "image/png", photo));

            assertThat(created.status()).as(created.says("1.5 MB under a 4 MB limit: 201 (the body is streamed, not buffered whole)"))
                    .isEqualTo(201);
            assertThat(created.json().path("sha256").asText()).as(created.says("the SHA-256 of 1.5 MB")).isEqualTo(sha256(photo));
        }
    }

    @Test
    void crossing_the_size_limit_is_answered_413_before_the_body_is_complete() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.server().port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /files HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\nContent-Length: 10000000\r\n\r\n" + partHeader("huge.png", "image/png")).getBytes(StandardCharsets.UTF_8));
            out.write(png((int) LIMIT + 32 * 1024));
            out.flush();

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).as("the client announced 10 MB and sent only 96 KiB; the 64 KiB limit is crossed, "
                            + "so the 413 must come now, not after 10 MB. Got:\n" + response)
                    .startsWith("HTTP/1.1 413 ");
        }
        assertThat(stored()).as("the partial file is deleted").isEmpty();
    }

    @Test
    void a_zip_renamed_to_png_is_415_and_not_stored() throws IOException {
        HttpReply renamed = upload("holiday.png", "image/png", file(new byte[] {'P', 'K', 3, 4}, 2_000));

        assertThat(renamed.status()).as(renamed.says("declared image/png, but the bytes are a zip: 415")).isEqualTo(415);
        assertThat(stored()).as("nothing stored").isEmpty();
    }

    @Test
    void a_type_outside_the_allowlist_is_415() throws IOException {
        HttpReply text = upload("notes.png", null, "just some text, no magic here".getBytes(StandardCharsets.UTF_8));
        HttpReply zip = upload("archive.zip", "application/zip", file(new byte[] {'P', 'K', 3, 4}, 2_000));

        assertThat(text.status()).as(text.says("bytes of no known type: 415")).isEqualTo(415);
        assertThat(zip.status()).as(zip.says("a real zip, honestly declared, is still not allowed: 415")).isEqualTo(415);
        assertThat(stored()).as("nothing stored").isEmpty();
    }

    @Test
    void a_path_in_the_file_name_cannot_escape_the_folder() throws IOException {
        HttpReply sneaky = upload("../../evil.png", "image/png", png(1_000));

        assertThat(sneaky.status()).as(sneaky.says("the upload is fine, only its name is not: 201")).isEqualTo(201);
        assertThat(sneaky.json().path("name").asText()).as(sneaky.says("stored under the last segment only")).isEqualTo("evil.png");
        assertThat(stored()).as("inside the folder").containsExactly("evil.png");
        assertThat(Files.exists(root.resolve("evil.png"))).as("not next to it").isFalse();
        assertThat(Files.exists(root.getParent().resolve("evil.png"))).as("nor above it").isFalse();
    }

    @Test
    void a_name_already_stored_is_409_and_the_first_file_is_kept() throws IOException {
        byte[] first = png(1_000);
        upload("photo.png", "image/png", first);

        HttpReply second = upload("photo.png", "image/png", png(2_000));

        assertThat(second.status()).as(second.says("the name is taken: 409 Conflict")).isEqualTo(409);
        assertThat(Files.readAllBytes(folder.resolve("photo.png"))).as("the first file is untouched").isEqualTo(first);
        assertThat(stored()).as("and no temporary file is left").containsExactly("photo.png");
    }

    @Test
    void a_body_that_is_not_multipart_is_415_and_a_missing_file_part_is_400() {
        HttpReply json = api.json("POST", "/files", "{\"file\":\"aGVsbG8=\"}");
        HttpReply noFile = upload(api, ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(json.status()).as(json.says("an upload is multipart/form-data: 415")).isEqualTo(415);
        assertThat(noFile.status()).as(noFile.says("no part named 'file' with a filename: 400")).isEqualTo(400);
    }

    @Test
    void a_stored_file_downloads_with_the_right_headers() {
        byte[] photo = png(3_000);
        upload("photo.png", "image/png", photo);

        HttpReply download = api.get("/files/photo.png");

        assertThat(download.status()).as(download.says("200")).isEqualTo(200);
        assertThat(download.bodyBytes()).as(download.says("the very bytes uploaded")).isEqualTo(photo);
        assertThat(download.header("Content-Type")).as(download.says("its type")).isEqualTo("image/png");
        assertThat(download.header("Content-Length")).as(download.says("its length")).isEqualTo("3000");
        assertThat(download.header("Content-Disposition")).as(download.says("download, do not display: attachment, with the name"))
                .isEqualTo("attachment; filename=\"photo.png\"");
        assertThat(download.header("X-Content-Type-Options")).as(download.says("browsers must not guess another type"))
                .isEqualTo("nosniff");
    }

    @Test
    void a_file_that_is_not_stored_is_404() {
        HttpReply missing = api.get("/files/missing.png");
        HttpReply hidden = api.get("/files/.profile");

        assertThat(missing.status()).as(missing.says("no such file: 404")).isEqualTo(404);
        assertThat(hidden.status()).as(hidden.says("a name no upload can have: 404")).isEqualTo(404);
    }

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd     | passwd",
        "..\\..\\win.ini      | win.ini",
        "C:\\Users\\me\\a.png | a.png",
        "my photo (1).png     | my_photo__1_.png",
        ".htaccess            | htaccess",
        "...                  | upload",
        "résumé.pdf           | r_sum_.pdf",
    })
    void client_names_become_safe_stored_names(String clientName, String stored) {
        assertThat(StoredNames.sanitize(clientName)).as("sanitize(\"%s\")", clientName).isEqualTo(stored);
    }

    @Test
    void file_types_are_told_by_their_magic_bytes() {
        assertThat(FileSniffer.sniff(png(16))).as("89 50 4E 47 0D 0A 1A 0A").hasValue("image/png");
        assertThat(FileSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).as("FF D8 FF").hasValue("image/jpeg");
        assertThat(FileSniffer.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("%PDF-").hasValue("application/pdf");
        assertThat(FileSniffer.sniff(new byte[] {'P', 'K', 3, 4})).as("PK 03 04").hasValue("application/zip");
        assertThat(FileSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).as("too few bytes of a PNG").isEmpty();
        assertThat(FileSniffer.sniff("hello".getBytes(StandardCharsets.US_ASCII))).as("text").isEmpty();
    }
}
