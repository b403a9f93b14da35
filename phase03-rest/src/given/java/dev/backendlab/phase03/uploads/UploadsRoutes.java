package dev.backendlab.phase03.uploads;

import dev.backendlab.phase03.catalogue.ApiErrors;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Router;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Given to {@link UploadsApi}: its route table (the upload route streams its body), the folder, the
 * size limit and the allowed types. You write the handlers.
 */
public abstract class UploadsRoutes {

    /** The types an upload may have, as {@link FileSniffer} names them. */
    public static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "application/pdf");

    /** Where uploads are stored. */
    protected final Path folder;

    /** The most bytes one uploaded file may have. */
    protected final long maxBytes;

    protected UploadsRoutes(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The routes, with the shared error handler. */
    public final Router router() {
        return new Router()
                .stream("POST", "/files", this::upload)
                .get("/files/:name", this::download)
                .onError(ApiErrors::send);
    }

    public abstract void upload(Exchange exchange) throws IOException;

    public abstract void download(Exchange exchange) throws IOException;
}
