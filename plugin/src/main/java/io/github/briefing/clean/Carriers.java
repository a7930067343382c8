package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The articles carrying one line: how many, and a sample of at most {@value #SAMPLED} of them, those first in an
 * order by content ({@link #order}), so that the sample is the same whatever order the reading threads deliver the
 * articles in. The sample tells whether the carriers are different texts or copies of a few.
 */
final class Carriers {

    /** Enough carriers to find the threshold's number of different texts among them in any corpus (it grows as a log). */
    static final int SAMPLED = 64;
    /** The line's key: what the carriers are counted under, taken out of the counts when none is left. */
    final String key;
    private int count;
    private int size;
    private long[] orders = new long[2];
    private int[] articles = new int[2];
    /**
     * Whether the line was template when last asked ({@link #judged}), at threshold {@link #judgedAt}: unchanged
     * carriers give the same answer. Null when the carriers changed since.
     */
    private Boolean template;
    private int judgedAt;

    Carriers(String key) {
        this.key = key;
    }

    /**
     * An article's place in the order by content: a 64-bit hash of its sentences' hashes. Copies with the same
     * sentences take the same place, and either serves the sample alike.
     */
    static long order(long[] sentences) {
        long h = 0xcbf29ce484222325L;
        for (long sentence : sentences) {
            h ^= sentence;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Counts an article, by its index among the counted ones and its {@link #order}. */
    synchronized void add(int article, long order) {
        count++;
        template = null;
        if (size == SAMPLED && order >= orders[size - 1]) {
            return;
        }
        if (size == orders.length) {
            orders = Arrays.copyOf(orders, Math.min(SAMPLED, size * 2));
            articles = Arrays.copyOf(articles, orders.length);
        }
        // Full, the last of the sample makes room.
        int at = size == SAMPLED ? size - 1 : size++;
        for (; at > 0 && orders[at - 1] > order; at--) {
            orders[at] = orders[at - 1];
            articles[at] = articles[at - 1];
        }
        orders[at] = order;
        articles[at] = article;
    }

    /**
     * Takes out an article counted before ({@link #add}). Returns whether the sample lost a carrier that only
     * counting every carrier again ({@link #clear}, then {@link #add}) can replace: the sample was full, and others
     * beyond it wait to take its place.
     */
    synchronized boolean remove(int article) {
        count--;
        template = null;
        for (int i = 0; i < size; i++) {
            if (articles[i] == article) {
                System.arraycopy(orders, i + 1, orders, i, size - i - 1);
                System.arraycopy(articles, i + 1, articles, i, size - i - 1);
                size--;
                return count > size;
            }
        }
        return false;
    }

    /** Forgets every carrier, to count them all again. */
    synchronized void clear() {
        count = 0;
        template = null;
        size = 0;
    }

    /** Whether the line is template at {@code threshold}, as last judged; null when not judged so since a change. */
    synchronized Boolean template(int threshold) {
        return judgedAt == threshold ? template : null;
    }

    /** Keeps whether the line is template at {@code threshold}, for the next result while the carriers stay. */
    synchronized void judged(int threshold, boolean isTemplate) {
        judgedAt = threshold;
        template = isTemplate;
    }

    synchronized int count() {
        return count;
    }

    synchronized Sample sample() {
        return new Sample(Arrays.copyOf(orders, size), Arrays.copyOf(articles, size));
    }

    /** A sample of carriers; equal to another of the same contents, whichever copies stand for them. */
    record Sample(long[] orders, int[] articles) {

        /**
         * How many different texts the sample holds, counted up to {@code enough}: an article that is a copy of one
         * counted already ({@link SharedSentences#isCopy}) adds none. An article without counted sentences (a page
         * of short lines) is no copy of anything.
         */
        int texts(SharedSentences.Counter sentences, int enough) {
            List<long[]> texts = new ArrayList<>();
            for (int i = 0; i < articles.length && texts.size() < enough; i++) {
                long[] text = sentences.article(articles[i]);
                if (text.length == 0 || texts.stream().noneMatch(known -> SharedSentences.isCopy(known, text))) {
                    texts.add(text);
                }
            }
            return texts.size();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sample other && Arrays.equals(orders, other.orders);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(orders);
        }
    }
}
