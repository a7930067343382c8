package io.github.briefing.serve;

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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Watches the folders a site is built from (articles, pages, templates, with their sub-folders) and single files
 * ({@code sources.yml}), and tells when something changed. Saves come in bursts (an editor writes a temporary
 * file, then renames it), so a change is reported once the folders have been quiet for a moment.
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 150;
    private final WatchService service;
    private final Set<Path> files;
    private final List<Path> trees;

    SourceWatcher(Collection<Path> folders, Set<Path> files) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = files.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
        this.trees = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        trees.forEach(this::registerTree);
        for (Path file : this.files) {
            if (Files.isDirectory(file.getParent())) {
                register(file.getParent());
            }
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for a change and returns true once one has happened and the folders are
     * quiet again; false on timeout or when the watcher was closed.
     */
    boolean awaitChange(long timeoutMillis) throws InterruptedException {
        try {
            WatchKey key = service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            boolean changed = false;
            while (key != null) {
                changed |= relevant(key);
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
            return changed;
        } catch (ClosedWatchServiceException closed) {
            return false;
        }
    }

    private boolean relevant(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context()).toAbsolutePath().normalize();
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            relevant |= files.contains(changed) || trees.stream().anyMatch(changed::startsWith);
        }
        key.reset();
        return relevant;
    }

    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                register(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    private void register(Path folder) {
        try {
            folder.toAbsolutePath().normalize().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
