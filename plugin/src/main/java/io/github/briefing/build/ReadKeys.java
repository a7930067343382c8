package io.github.briefing.build;

import io.github.briefing.cache.ArticleCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each article's cache key as the read stage saw it, per file in the file's order, so that the per-article pass
 * need not read again a file whose articles all come from the cache. Holds no text.
 */
final class ReadKeys {

    private final Map<Path, List<String>> byFile = new ConcurrentHashMap<>();

    /** Called once per article ({@link ArticleCache#key}), by the one thread that reads its file, in the file's order. */
    void add(Path file, String key) {
        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(key);
    }

    /** The keys of the file's articles, in order. */
    List<String> of(Path file) {
        return byFile.getOrDefault(file, List.of());
    }
}
