package io.github.briefing.render;

import io.github.briefing.memory.LastBuild;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each article's search terms as a build of this process parsed them from (or wrote them as) their kept line
 * ({@link ArticleTerms#line()}), by the line's key: a rebuild finds most lines as they were, and parsing every one of
 * them again (hundreds of numbers each, 10,000 lines at 10,000 articles) was most of what its search index cost.
 * A line's terms are a function of the line and of how many terms are numbered, so a line equal to the one kept
 * gives the kept terms. Held softly, and only while they take a small share of the heap.
 */
final class ParsedTerms {

    /** The terms of the last build of this process that kept them. */
    static final ParsedTerms LAST = new ParsedTerms();
    /** The share of the heap the kept lines and terms may take, and about what an entry costs besides them. */
    private static final int HEAP_SHARE = 32;
    private static final int ENTRY_BYTES = 160;
    private final LastBuild<Map<String, Parsed>> last = new LastBuild<>(HEAP_SHARE);

    /** A line and its terms; {@code numbered} is one more than the greatest number it names. */
    private record Parsed(String line, ArticleTerms terms, int numbered) {
    }

    /** One build's parsing: takes the last build's terms, and keeps its own for the next one. */
    final class Build {

        private final Map<String, Parsed> before = last.get();
        private final Map<String, Parsed> now = new ConcurrentHashMap<>();
        private final AtomicLong held = new AtomicLong();

        /** The terms {@code line} holds, as {@link ArticleTerms#parse} reads them, under {@code key}. */
        ArticleTerms parse(String key, String line, int known) {
            Parsed kept = before == null ? null : before.get(key);
            if (kept != null && kept.numbered() <= known && kept.line().equals(line)) {
                return kept.terms();
            }
            return ArticleTerms.parse(line, known);
        }

        /** Keeps the terms that {@code line}, under {@code key}, holds for the next build. */
        void keep(String key, String line, ArticleTerms terms) {
            Parsed kept = before == null ? null : before.get(key);
            if (kept != null && kept.terms() == terms) { // taken from it by parse: the line is equal
                now.put(key, kept);
                held.addAndGet(bytes(kept.line(), terms));
            } else if (last.fits(held.addAndGet(bytes(line, terms)))) {
                now.put(key, new Parsed(line, terms, numbered(terms)));
            }
        }

        /** Hands this build's terms to the next build, unless they outgrew their share. */
        void done() {
            last.keep(now, held.get());
        }
    }

    /** About what an entry holds of the heap. */
    private static long bytes(String line, ArticleTerms terms) {
        return ENTRY_BYTES + line.length()
                + 4L * (terms.terms().length + terms.surfaces().length + terms.namePairs().length);
    }

    /** One more than the greatest number the terms name: a line is read as these terms only by as many numbers. */
    private static int numbered(ArticleTerms terms) {
        int most = -1;
        for (int[] numbers : new int[][]{terms.terms(), terms.surfaces(), terms.namePairs()}) {
            for (int n : numbers) {
                most = Math.max(most, n);
            }
        }
        return most + 1;
    }
}
