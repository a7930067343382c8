package io.github.briefing.cache;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a cache file decoded to, kept in memory for the next build of the same process: an edit loop
 * ({@code briefing:serve}) finds the file as its last build left it, and decoding it again was a fifth of an
 * incremental build. Trusted only for the very bytes it was made from, so the file stays the one truth; held softly,
 * so that a heap in need takes it back (the next build then decodes the file).
 *
 * @param <T> what the file's bytes decode to
 */
final class Resident<T> {

    private volatile SoftReference<Kept<T>> last = new SoftReference<>(null);

    private record Kept<T>(Path file, byte[] bytes, T value) {
    }

    /** What {@code bytes}, read from {@code file}, decoded to when last kept; null when they are other bytes. */
    T get(Path file, byte[] bytes) {
        Kept<T> kept = last.get();
        return kept != null && kept.file().equals(file.toAbsolutePath()) && Arrays.equals(kept.bytes(), bytes)
                ? kept.value() : null;
    }

    /** Keeps what {@code bytes}, the whole content of {@code file}, decode to. */
    void keep(Path file, byte[] bytes, T value) {
        last = new SoftReference<>(new Kept<>(file.toAbsolutePath(), bytes, value));
    }
}
