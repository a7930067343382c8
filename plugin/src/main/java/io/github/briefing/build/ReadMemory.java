package io.github.briefing.build;

import io.github.briefing.cache.ArticleCache;
import io.github.briefing.cache.ReadCache;
import io.github.briefing.clean.CountedLines;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.memory.LastBuild;
import io.github.briefing.read.KnownFiles;
import io.github.briefing.read.RawArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the read stage leaves for the rest of the build: the corpus's line counts ({@link SharedLines}) and, with a
 * cache, each article's cache key. A file whose bytes the {@link ReadCache} knows gives both from the last build
 * without being decoded; every other file is decoded, counted and kept for the next build.
 *
 * <p>An edit loop ({@code briefing:serve}) builds again in the same process: the last build's counts are kept in
 * memory with its files' digests, and a rebuild counts only the files whose bytes changed, taking their last
 * articles out of the counts first ({@link SharedLines.Counter#remove}). Recalling and counting every unchanged
 * file's articles again was most of a rebuild's read stage. Held softly, and only while the counts are a small share
 * of the heap; a build takes them while it reads, so that a build that fails leaves none half changed.
 */
final class ReadMemory implements KnownFiles {

    /** The share of the heap the counts kept for the next build may take. */
    private static final int HEAP_SHARE = 32;
    /** About how many bytes a kept article's id, key and record take, and a kept file's entry. */
    private static final int ARTICLE_BYTES = 200;
    private static final int FILE_BYTES = 120;
    private static final LastBuild<Kept> LAST = new LastBuild<>(HEAP_SHARE);

    private final SharedLines.Counter lines;
    /** Each text's lines counted once per line met lately: copies of a text share most of them. */
    private final CountedLines counting = new CountedLines();
    private final ReadCache cache;
    private final ReadKeys keys;
    private final AtomicInteger recalled = new AtomicInteger();
    /** The last build's files and counts, when this process kept them; null otherwise (or without a cache). */
    private final Kept before;
    /** This build's files, as counted. */
    private final Map<Path, CountedFile> files = new ConcurrentHashMap<>();
    /** Files read that the kept counts do not hold as they are now: counted once every file is read. */
    private final Map<Path, ReadFile> changed = new ConcurrentHashMap<>();
    /** The digests of the files being decoded, from {@link #recall} to {@link #decoded}. */
    private final Map<Path, String> digests = new ConcurrentHashMap<>();

    /** What a build read, for the next: its files as counted, under the read cache's context, and the counts. */
    private record Kept(String context, Map<Path, CountedFile> files, SharedLines.Counter lines, SharedLines shared) {
    }

    /** A file as counted: its bytes' digest ({@link ReadCache#digest}) and its articles. */
    private record CountedFile(String digest, List<CountedArticle> articles) {
    }

    private record CountedArticle(String id, int line, String key, SharedLines.Counted counted) {
    }

    /** A file read and not yet counted. */
    private record ReadFile(String digest, List<ReadCache.Article> articles) {
    }

    /** @param cache the files known from the last build, or null to build without a cache */
    ReadMemory(ReadCache cache) {
        this.cache = cache;
        keys = cache == null ? null : new ReadKeys();
        Kept kept = cache == null ? null : LAST.take();
        before = kept != null && kept.context().equals(cache.context()) ? kept : null;
        lines = before != null ? before.lines() : new SharedLines.Counter();
    }

    @Override
    public List<Known> recall(Path file, byte[] bytes) {
        if (cache == null) {
            return null;
        }
        String digest = ReadCache.digest(bytes);
        CountedFile counted = before == null ? null : before.files().get(file);
        if (counted != null && counted.digest().equals(digest) && cache.carry(file, digest)) {
            recalled.incrementAndGet();
            files.put(file, counted);
            List<Known> known = new ArrayList<>(counted.articles().size());
            for (CountedArticle article : counted.articles()) {
                keys.add(file, article.key());
                known.add(new Known(article.id(), article.line()));
            }
            return known;
        }
        List<ReadCache.Article> kept = cache.recall(file, digest);
        if (kept == null) {
            digests.put(file, digest);
            return null;
        }
        recalled.incrementAndGet();
        count(file, new ReadFile(digest, kept));
        return kept.stream().map(article -> new Known(article.id(), article.line())).toList();
    }

    @Override
    public void decoded(Path file, byte[] bytes, List<RawArticle> articles, boolean sound) {
        List<ReadCache.Article> read = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            SharedLines.Lines counted = counting.of(article.text());
            if (cache == null) {
                lines.add(counted);
            } else {
                read.add(new ReadCache.Article(article.id(), article.line(), ArticleCache.key(article), counted));
            }
        }
        if (cache != null) {
            String digest = digests.remove(file);
            if (sound) {
                cache.keep(file, digest, read);
            }
            count(file, new ReadFile(digest, read));
        }
    }

    /** Counts a file's articles now, or once every file is read when the counts are the last build's. */
    private void count(Path file, ReadFile read) {
        read.articles().forEach(article -> keys.add(file, article.key()));
        if (before != null) {
            changed.put(file, read);
        } else {
            files.put(file, counted(read));
        }
    }

    private CountedFile counted(ReadFile read) {
        return new CountedFile(read.digest(), read.articles().stream()
                .map(a -> new CountedArticle(a.id(), a.line(), a.key(), lines.add(a.lines()))).toList());
    }

    /**
     * The lines shared across the corpus, once every file is read; asked once. Kept counts first lose the files
     * gone or changed since, then count the changed ones as they are now.
     */
    SharedLines shared() {
        if (cache == null) {
            return lines.result();
        }
        boolean same = before != null && changed.isEmpty() && files.size() == before.files().size();
        if (before != null) {
            before.files().forEach((path, file) -> {
                if (files.get(path) != file) {
                    file.articles().forEach(article -> lines.remove(article.counted()));
                }
            });
            changed.forEach((path, read) -> files.put(path, counted(read)));
        }
        // Nothing changed: every file is the last build's, and so is the result.
        SharedLines shared = same ? before.shared() : lines.result();
        long articles = files.values().stream().mapToLong(file -> file.articles().size()).sum();
        long bytes = lines.bytes() + articles * ARTICLE_BYTES + files.size() * (long) FILE_BYTES;
        LAST.keep(new Kept(cache.context(), files, lines, shared), bytes);
        return shared;
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
