package dev.backendlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reports every {@code .java} file saved under some source folders, on a thread of its own, with
 * the JDK's {@link WatchService} (inotify on Linux). Folders created later are watched too.
 * Editors that save through a temporary file and a rename show up as a created file: also a save.
 */
final class SourceWatcher implements AutoCloseable {

    /** Starts watching; the caller then learns of saves through {@code onSave}. */
    interface Factory {
        AutoCloseable start(List<Path> roots, Consumer<Path> onSave) throws IOException;
    }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<Path> onSave;

    private SourceWatcher(WatchService service, Consumer<Path> onSave) {
        this.service = service;
        this.onSave = onSave;
    }

    /** @throws IOException when the platform cannot watch (no inotify instances left, say) */
    static SourceWatcher start(List<Path> roots, Consumer<Path> onSave) throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), onSave);
        try {
            for (Path root : roots) {
                watcher.registerTree(root);
            }
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        Thread thread = new Thread(watcher::loop, "lab-watch");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (folder != null && event.context() instanceof Path name) {
                        handle(folder.resolve(name), event.kind() == StandardWatchEventKinds.ENTRY_CREATE);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the watch is over
        }
    }

    private void handle(Path path, boolean created) {
        if (created && Files.isDirectory(path)) {
            try {
                registerTree(path);
            } catch (IOException e) {
                return; // the folder went away again before it could be watched
            }
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(SourceWatcher::isSource).forEach(onSave);
            } catch (IOException | UncheckedIOException e) {
                return;
            }
        } else if (isSource(path)) {
            onSave.accept(path);
        }
    }

    private static boolean isSource(Path path) {
        return path.getFileName().toString().endsWith(".java") && !Files.isDirectory(path);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
