package io.github.briefing.cache;

import java.lang.ref.SoftReference;
import java.nio.file.Path;

/**
 * What a cache file decoded to, kept in memory for the next build of the same process: an edit loop
 * ({@code briefing:serve}) finds the file as its last build left it, and decoding it again was a fifth of an
 * incremental build. Trusted only for the file as sealed when it was made ({@link Bytes.Seal}: length, checksum,
 * time written), so the file stays the one truth; known by its seal rather than by a copy of its bytes, which at
 * 100,000 articles held the file twice over. Held softly, so that a heap in need takes it back (the next build then
 * decodes the file).
 *
 * @param <T> what the file's bytes decode to
 */
final class Resident<T> {

    private volatile SoftReference<Kept<T>> last = new SoftReference<>(null);

    private record Kept<T>(Path file, Bytes.Seal seal, T value) {
    }

    /** What the file decoded to when last kept; null when it is sealed otherwise now. */
    T get(Path file, Bytes.Seal seal) {
        Kept<T> kept = last.get();
        return kept != null && kept.file().equals(file.toAbsolutePath()) && kept.seal().equals(seal)
                ? kept.value() : null;
    }

    /** Keeps what {@code file}, sealed so, decodes to. */
    void keep(Path file, Bytes.Seal seal, T value) {
        last = new SoftReference<>(new Kept<>(file.toAbsolutePath(), seal, value));
    }
}
