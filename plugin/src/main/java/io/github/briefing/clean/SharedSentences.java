package io.github.briefing.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences that recur across articles that otherwise have little in common: an outlet's cookie notice, trial
 * banner or share prompt printed inside the text of each of its articles. Such a sentence makes unrelated articles
 * of one outlet look alike. A wire story run by several outlets also repeats its sentences, but there the articles
 * share most of their sentences, so a sentence is template only where the articles carrying it share little else.
 */
public final class SharedSentences {

    /** Shorter sentences ("He said so.") recur by chance; a sentence this long recurs word for word by copying. */
    static final int MIN_WORDS = 6;
    /** Two articles sharing at least this share of the shorter one's sentences are copies of one text. */
    static final double COPY_SHARE = 0.5;
    /**
     * Two articles are one text when the sentences either lacks of the other's are at most this share of both's (or
     * two) and fewer than those they share: copies of a wire story, retitled or signed by each outlet. Updates and
     * rewrites of a story differ more, and count as articles apart.
     */
    static final double SAME_TEXT_OTHERS = 0.2;
    /** Pairs of articles carrying a sentence that are compared: enough to tell an outlet's template from a copy. */
    private static final int PAIRS_CHECKED = 8;

    /** The template sentences' key hashes ({@link #hash}): a corpus's sentences need not be kept to count them. */
    private final Set<Long> template;

    private SharedSentences(Set<Long> template) {
        this.template = template;
    }

    /** The template sentences, as hexadecimal hashes of their keys: what has to change when they do (a cache). */
    Set<String> hashes() {
        Set<String> hex = new HashSet<>();
        template.forEach(h -> hex.add(Long.toHexString(h)));
        return hex;
    }

    /**
     * The paragraph without its template sentences (empty when nothing else is left); the sentences taken out are
     * added to {@code removed}.
     */
    String strip(LineFacts paragraph, List<String> removed) {
        String text = paragraph.line();
        if (template.isEmpty()) {
            return text;
        }
        List<String> sentences = Sentences.of(text);
        StringBuilder kept = new StringBuilder(text.length());
        boolean taken = false;
        for (String sentence : sentences) {
            // A paragraph of one sentence is keyed already.
            String key = sentences.size() == 1 ? paragraph.key() : LineKey.of(sentence);
            if (template.contains(hash(key))) {
                removed.add(sentence.strip());
                taken = true;
            } else {
                kept.append(sentence);
            }
        }
        // Nothing taken: the paragraph itself, not a copy of it.
        return taken ? kept.toString().strip() : text.strip();
    }

    /** Counts sentences article by article as they are read, keeping only their keys' hashes. Thread-safe. */
    static final class Counter {

        /** Each counted article's hashes by its index; null where one was taken out. */
        private final List<long[]> articles = new ArrayList<>();
        /** The indexes of articles taken out, for the next ones counted: kept from build to build, it does not grow. */
        private final Deque<Integer> free = new ArrayDeque<>();
        private int counted;

        /**
         * The sorted hashes of the sentences that count in a text, gathered line by line ({@link #addLine}): what
         * {@link Counter#add} takes.
         */
        static final class Hashes {

            private long[] hashes = new long[16];
            private int size;

            /**
             * Adds the sentences of the line {@code chars[from, to)}, whose {@link LineKey} is {@code key} (or null);
             * {@code scratch} holds at least as many characters as the line.
             */
            void addLine(char[] chars, int from, int to, String key, char[] scratch) {
                // A sentence has no more words than its line: a shorter line holds none that counts.
                if (!LineFeatures.hasWords(chars, from, to, MIN_WORDS)) {
                    return;
                }
                Sentences.each(chars, from, to, (start, end) -> {
                    if (LineFeatures.hasWords(chars, start, end, MIN_WORDS) && !quotes(chars, start, end)) {
                        // A line of one sentence is keyed already; another's key is hashed where it is written.
                        add(start == from && end == to && key != null ? hash(key)
                                : hash(scratch, LineKey.write(chars, start, end, end - start, scratch)));
                    }
                });
            }

            private void add(long hash) {
                if (size == hashes.length) {
                    hashes = Arrays.copyOf(hashes, size * 2);
                }
                hashes[size++] = hash;
            }

            /** The hashes, sorted, each once. */
            long[] sorted() {
                long[] sorted = Arrays.copyOf(hashes, size);
                Arrays.sort(sorted);
                int distinct = 0;
                for (int i = 0; i < sorted.length; i++) {
                    if (i == 0 || sorted[i] != sorted[i - 1]) {
                        sorted[distinct++] = sorted[i];
                    }
                }
                return Arrays.copyOf(sorted, distinct);
            }
        }

        /** Counts one article by its {@link Hashes}; returns its index among the counted ones. */
        synchronized int add(long[] hashes) {
            counted++;
            if (!free.isEmpty()) {
                int index = free.pop();
                articles.set(index, hashes);
                return index;
            }
            articles.add(hashes);
            return articles.size() - 1;
        }

        /** Takes out the article counted with {@code index}, whose index the next article counted takes. */
        synchronized void remove(int index) {
            articles.set(index, null);
            free.push(index);
            counted--;
        }

        /** How many articles are counted. */
        synchronized int articles() {
            return counted;
        }

        /** The sentence hashes of the article counted with {@code index}. */
        synchronized long[] article(int index) {
            return articles.get(index);
        }

        /** The template sentences: each carried by articles that, pair by pair, mostly share little else. */
        synchronized SharedSentences result() {
            // Articles are counted in the order threads deliver them: carriers are compared in an order of their own,
            // by content. Taken in that order once, the articles list each sentence's carriers in it, and only the
            // first of them are ever compared.
            List<long[]> byContent = new ArrayList<>(counted);
            for (long[] article : articles) {
                if (article != null) {
                    byContent.add(article);
                }
            }
            byContent.sort(Comparator.comparingInt((long[] a) -> a.length).thenComparing(Arrays::compare));
            // One text run by many outlets is one carrier however many copies carry it: otherwise its copies, next to
            // one another in that order, fill the pairs checked and hide the other texts that carry the sentence.
            Map<Long, List<long[]>> carriers = new HashMap<>();
            for (long[] article : byContent) {
                SameText same = new SameText(article);
                for (long h : article) {
                    List<long[]> in = carriers.computeIfAbsent(h, k -> new ArrayList<>(2));
                    if (in.size() <= PAIRS_CHECKED && (in.isEmpty() || !same.as(in.get(in.size() - 1)))) {
                        in.add(article);
                    }
                }
            }
            Set<Long> template = new HashSet<>();
            carriers.forEach((h, in) -> {
                int checked = in.size() - 1;
                int unlike = 0;
                for (int k = 0; k < checked; k++) {
                    unlike += isCopy(in.get(k), in.get(k + 1)) ? 0 : 1;
                }
                if (checked > 0 && unlike * 2 > checked) {
                    template.add(h);
                }
            });
            return new SharedSentences(template);
        }
    }

    /**
     * Whether an article is the same text as others, as the copies of one wire story are: they differ by no more than
     * a headline, a byline or an outlet's line. Asked of the same other article for sentence after sentence, so the
     * last answer is kept.
     */
    private static final class SameText {

        private final long[] article;
        private long[] lastOther;
        private boolean lastAnswer;

        SameText(long[] article) {
            this.article = article;
        }

        boolean as(long[] other) {
            if (other != lastOther) {
                lastOther = other;
                int shared = shared(article, other);
                int others = article.length + other.length - 2 * shared;
                lastAnswer = others < shared
                        && others <= Math.max(2, SAME_TEXT_OTHERS * (article.length + other.length));
            }
            return lastAnswer;
        }
    }

    /** Whether two articles, by their sorted sentence hashes, are copies of one text: they share most sentences. */
    static boolean isCopy(long[] x, long[] y) {
        return shared(x, y) >= COPY_SHARE * Math.min(x.length, y.length);
    }

    /** How many sentences two articles share, by their sorted sentence hashes. */
    private static int shared(long[] x, long[] y) {
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /**
     * Whether the sentence quotes someone: two reports of one event quote the same words and may share little
     * else, but a quote is reporting, never a page's template.
     */
    static boolean quotes(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int type = Character.getType(c);
            if (c == '"' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || c == '\u201E' || c == '\u300C' || c == '\u300D') {
                return true;
            }
        }
        return false;
    }

    /** A 64-bit hash of a key: collisions among a corpus's sentences are negligible, and 8 bytes a sentence fit. */
    static long hash(String key) {
        return hash(key.toCharArray(), key.length());
    }

    /** {@link #hash(String)} of the key {@code key[0, length)}. */
    private static long hash(char[] key, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= key[i];
            h *= 0x100000001b3L;
        }
        return h;
    }
}
