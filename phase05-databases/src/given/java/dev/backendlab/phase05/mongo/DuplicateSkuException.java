package dev.backendlab.phase05.mongo;

/** A product with this SKU exists already (MongoDB said error 11000, duplicate key); nothing was stored. */
public final class DuplicateSkuException extends RuntimeException {

    public DuplicateSkuException(String sku, Throwable cause) {
        super("a product with SKU " + sku + " exists already", cause);
    }
}
