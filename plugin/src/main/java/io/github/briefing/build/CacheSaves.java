package io.github.briefing.build;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a build keeps for the next one, written on a thread of its own while the build goes on: the files read
 * beside the match stage, the pair scores beside the group stage (which keeps one core busy), one cache beside
 * another at the end. A rebuild after one edit of 10,000 articles spent 0.3-0.4 s of its 4 opening and writing
 * caches one after another on the main thread.
 */
final class CacheSaves implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "briefing-cache-saves");
        t.setDaemon(true);
        return t;
    });
    /** The first save that failed for a reason of ours (a folder that cannot be written is only warned of). */
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /** Starts {@code save} beside the build; it must not touch what the build still changes. */
    void start(Runnable save) {
        thread.execute(() -> {
            try {
                save.run();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until every save started is written; a save's own failure fails the build. */
    void finish() {
        thread.shutdown();
        try {
            // as long as it takes: the next build needs the caches whole
            thread.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping the caches", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Stops the thread; a build that failed leaves a save unfinished, which writes a file of its own first. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
