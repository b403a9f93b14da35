package dev.backendlab.phase05.odm;

/** What a field holds, and so how a value is cast to it (see {@link Model#validate}). */
public enum FieldType {
    /** A {@code String}; a number is cast to its decimal text. */
    STRING,
    /** An {@code Integer}; a {@code Long} in range, or a {@code String} of an integer, is cast to one. */
    INTEGER,
    /** A {@code Boolean}; the strings {@code "true"} and {@code "false"} are cast to one. */
    BOOLEAN,
    /** The {@code _id} of a document in another collection, kept as it is; {@link Model#populate} resolves it. */
    REF
}
