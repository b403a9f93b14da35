package dev.backendlab.phase01.fs;

/** The events of a file read stream, all called on the loop: data* then end, or error. */
public interface ChunkListener {

    void onData(byte[] chunk);

    void onEnd();

    void onError(FsException error);
}
