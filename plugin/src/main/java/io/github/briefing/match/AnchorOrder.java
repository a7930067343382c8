package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.memory.LastBuild;

import java.util.Arrays;
import java.util.List;

/**
 * Each article's anchors in reading order ({@link AnalysedArticle#order}), numbered across the corpus once, so that
 * comparing the order of two articles' shared anchors, done for every scored pair, looks up numbers rather than
 * hashing strings.
 */
final class AnchorOrder {

    /** Fewer shared anchors than this say nothing about order. */
    static final int MIN_ORDERED = 3;

    /** Each article's anchors where they first occur, in reading order. */
    private final int[][] sequence;
    /** How many anchors are numbered: each is below this. */
    private final int anchors;

    private AnchorOrder(int[][] sequence, int anchors) {
        this.sequence = sequence;
        this.anchors = anchors;
    }

    /** Whether articles i and j have their anchors in one order. */
    boolean sameSequence(int i, int j) {
        return Arrays.equals(sequence[i], sequence[j]);
    }

    static AnchorOrder of(List<AnalysedArticle> articles) {
        return of(articles, null);
    }

    /**
     * The order of each article's anchors.
     *
     * @param kept the last build's order, to take each unchanged article's from and to keep this one in; null numbers
     *             every article afresh
     */
    static AnchorOrder of(List<AnalysedArticle> articles, Kept kept) {
        if (kept == null) {
            return of(articles, null, new Numbering(articles.size()));
        }
        // One build at a time numbers on with the kept numbering.
        synchronized (kept) {
            Last before = kept.last.get();
            boolean carry = before != null && before.articles().size() == articles.size()
                    && before.numbering().size() < before.fresh() + before.fresh() / STALE_SHARE;
            Numbering number = carry ? before.numbering() : new Numbering(articles.size());
            AnchorOrder order = of(articles, carry ? before : null, number);
            kept.keep(new Last(articles, number, carry ? before.fresh() : number.size(), order));
            return order;
        }
    }

    /** The order of each article's anchors, numbered on by {@code number}; an article of {@code before}'s kept. */
    private static AnchorOrder of(List<AnalysedArticle> articles, Last before, Numbering number) {
        int[][] sequence = new int[articles.size()][];
        // Each anchor's last article plus one (0: none yet): an anchor repeated in an article is kept once.
        int[] lastIn = new int[Math.max(16, number.size())];
        for (int i = 0; i < sequence.length; i++) {
            if (before != null && before.articles().get(i) == articles.get(i)) {
                sequence[i] = before.order().sequence[i];
                continue;
            }
            List<String> order = articles.get(i).order();
            int[] distinct = new int[order.size()];
            int size = 0;
            for (String anchor : order) {
                int f = number.number(anchor);
                if (f >= lastIn.length) {
                    lastIn = Arrays.copyOf(lastIn, Math.max(2 * lastIn.length, f + 1));
                }
                if (lastIn[f] != i + 1) {
                    lastIn[f] = i + 1;
                    distinct[size++] = f;
                }
            }
            sequence[i] = Arrays.copyOf(distinct, size);
        }
        return new AnchorOrder(sequence, number.size());
    }

    /**
     * Numbered on build after build, the numbering holds the anchors edits removed too: past this share more than
     * it held when numbered afresh, it is started again.
     */
    private static final int STALE_SHARE = 4;

    /**
     * The order of the last build of this process that kept it, so that an edit loop numbers only the anchors of the
     * articles its edit changed: numbering every anchor of every article was a tenth of a rebuild's match stage. The
     * numbers only tell anchors apart ({@link #share} reads no order in them), so unchanged articles keep theirs and
     * the others are numbered on from the same numbering. Held softly, and only while it costs a small share of the
     * heap.
     */
    static final class Kept {

        /** The share of the heap the order may keep. */
        private static final int HEAP_SHARE = 32;
        private final LastBuild<Last> last = new LastBuild<>(HEAP_SHARE);

        private void keep(Last order) {
            long anchors = 0;
            for (int[] article : order.order().sequence) {
                anchors += article.length;
            }
            last.keep(order, anchors * Integer.BYTES);
        }
    }

    /** A build's articles, the numbering of their anchors, its size when numbered afresh, and the order. */
    private record Last(List<AnalysedArticle> articles, Numbering numbering, int fresh, AnchorOrder order) {
    }

    /** A place to lay out one article's anchors at a time, to compare their order with others' ({@link Spread}). */
    Spread spread() {
        return new Spread(this);
    }

    /**
     * One article's anchors laid out by number ({@link Positions}), with where each occurs, to compare their order
     * with others'. One thread's.
     */
    static final class Spread {

        private final AnchorOrder order;
        private final Positions positions;

        private Spread(AnchorOrder order) {
            this.order = order;
            positions = new Positions(order.sequence, order.anchors);
        }

        /**
         * The longest run of the anchors both share in the same order in both (a longest increasing subsequence), as
         * a share of the anchors they share; 1 when they share too few to tell.
         */
        double share(int i, int j) {
            int[] at = positions.in(i);
            // The shared anchors' positions in j, read in i's order.
            int[] y = order.sequence[j];
            int[] inJ = new int[order.sequence[i].length];
            Arrays.fill(inJ, -1);
            int shared = 0;
            for (int b = 0; b < y.length; b++) {
                int a = at[y[b]];
                if (a != 0) {
                    inJ[a - 1] = b;
                    shared++;
                }
            }
            if (shared < MIN_ORDERED) {
                return 1;
            }
            int[] tails = new int[shared];
            int length = 0;
            for (int position : inJ) {
                if (position >= 0) {
                    int place = Arrays.binarySearch(tails, 0, length, position);
                    place = place < 0 ? -place - 1 : place;
                    tails[place] = position;
                    length = Math.max(length, place + 1);
                }
            }
            return length / (double) shared;
        }
    }
}
