package io.github.briefing.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a build keeps for the next one, written on a thread of its own while the build goes on: the files read
 * beside the match stage, the pair scores beside the group stage (which keeps one core busy), one cache beside
 * another at the end. A rebuild after one edit spent a tenth of its time writing caches one after another on the
 * main thread.
 */
final class CacheSaves implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "briefing-cache-saves");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    /** Starts {@code save} beside the build; it must not touch what the build still changes. */
    void start(Runnable save) {
        pending.add(thread.submit(save));
    }

    /** Waits until every save started is written; a save's own failure (not the folder's) fails the build. */
    void finish() {
        for (Future<?> save : pending) {
            try {
                save.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while keeping the caches", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Stops the thread; a build that failed leaves a save unfinished, which writes a file of its own first. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
