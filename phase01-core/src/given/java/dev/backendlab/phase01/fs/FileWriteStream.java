package dev.backendlab.phase01.fs;

/** What {@code createWriteStream} returns: writes happen in call order, callbacks on the loop. */
public interface FileWriteStream {

    /** Appends {@code chunk} after every earlier write; {@code done} when it is on disk. */
    void write(byte[] chunk, Callback<Void> done);

    /** Closes the file after every earlier write; {@code done} when closed. */
    void end(Callback<Void> done);
}
