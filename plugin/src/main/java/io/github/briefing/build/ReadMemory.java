package io.github.briefing.build;

import io.github.briefing.cache.ArticleCache;
import io.github.briefing.cache.ReadCache;
import io.github.briefing.clean.CountedLines;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.read.KnownFiles;
import io.github.briefing.read.RawArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the read stage leaves for the rest of the build: the corpus's line counts ({@link SharedLines}) and, with a
 * cache, each article's cache key. A file whose bytes the {@link ReadCache} knows gives both from the last build
 * without being decoded; every other file is decoded, counted and kept for the next build.
 */
final class ReadMemory implements KnownFiles {

    private final SharedLines.Counter lines = new SharedLines.Counter();
    /** Each text's lines counted once per line met lately: copies of a text share most of them. */
    private final CountedLines counting = new CountedLines();
    private final ReadCache cache;
    private final ReadKeys keys;
    private final AtomicInteger recalled = new AtomicInteger();

    /** @param cache the files known from the last build, or null to build without a cache */
    ReadMemory(ReadCache cache) {
        this.cache = cache;
        keys = cache == null ? null : new ReadKeys();
    }

    @Override
    public List<Known> recall(Path file, byte[] bytes) {
        List<ReadCache.Article> kept = cache == null ? null : cache.recall(file, bytes);
        if (kept == null) {
            return null;
        }
        recalled.incrementAndGet();
        List<Known> known = new ArrayList<>(kept.size());
        for (ReadCache.Article article : kept) {
            lines.add(article.lines());
            keys.add(file, article.key());
            known.add(new Known(article.id(), article.line()));
        }
        return known;
    }

    @Override
    public void decoded(Path file, byte[] bytes, List<RawArticle> articles, boolean sound) {
        List<ReadCache.Article> read = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            SharedLines.Lines counted = counting.of(article.text());
            lines.add(counted);
            if (cache != null) {
                String key = ArticleCache.key(article);
                keys.add(file, key);
                read.add(new ReadCache.Article(article.id(), article.line(), key, counted));
            }
        }
        if (cache != null && sound) {
            cache.keep(file, bytes, read);
        }
    }

    /** The lines shared across the corpus, once every file is read. */
    SharedLines shared() {
        return lines.result();
    }

    /** Each file's articles' cache keys; null without a cache. */
    ReadKeys keys() {
        return keys;
    }

    /** How many files were known by their bytes, not decoded. */
    int recalled() {
        return recalled.get();
    }

    /** The read cache, to save after the build; null without one. */
    ReadCache cache() {
        return cache;
    }
}
