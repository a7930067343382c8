package io.github.briefing.memory;

import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one build of this process leaves in memory for the next: an edit loop ({@code briefing:serve}) builds the same
 * corpus again and again with a few articles changed, and starting from the last build's results spares it doing
 * again what did not change. Held softly, so that a heap in need takes it back (the next build then starts afresh),
 * and only while it takes at most a given share of the heap, so that what is kept never crowds out the build itself:
 * at 100,000 articles some of these would hold hundreds of MB.
 *
 * @param <T> what is kept
 */
public final class LastBuild<T> {

    private final int heapShare;
    private final AtomicReference<SoftReference<T>> last = new AtomicReference<>(new SoftReference<>(null));

    /** @param heapShare the share of the heap what is kept may take: 16 keeps at most a sixteenth */
    public LastBuild(int heapShare) {
        if (heapShare < 1) {
            throw new IllegalArgumentException("a share of the heap is 1 or more: " + heapShare);
        }
        this.heapShare = heapShare;
    }

    /** What the last build kept; null when it kept nothing, or the heap took it back. */
    public T get() {
        return last.get().get();
    }

    /**
     * What the last build kept, and forgets it: for a build that changes what it takes, so that two builds at once
     * never share it and a build that fails leaves nothing half changed.
     */
    public T take() {
        return last.getAndSet(new SoftReference<>(null)).get();
    }

    /**
     * Keeps {@code value} for the next build when about {@code bytes} of the heap fit in the share; else forgets what
     * was kept, as it belongs to a build before this one.
     */
    public void keep(T value, long bytes) {
        last.set(new SoftReference<>(fits(bytes) ? value : null));
    }

    /** Forgets what was kept: this build's is too large to keep, or not worth keeping. */
    public void forget() {
        last.set(new SoftReference<>(null));
    }

    /** Whether about {@code bytes} of the heap fit in the share. */
    public boolean fits(long bytes) {
        return bytes < Runtime.getRuntime().maxMemory() / heapShare;
    }
}
