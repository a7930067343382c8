package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

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
    /** The same anchors sorted, with where each first occurs: a position found by binary search. */
    private final long[][] sorted;

    private AnchorOrder(int[][] sequence, long[][] sorted) {
        this.sequence = sequence;
        this.sorted = sorted;
    }

    static AnchorOrder of(List<AnalysedArticle> articles) {
        Numbering number = new Numbering(articles.size());
        int[][] sequence = new int[articles.size()][];
        long[][] sorted = new long[articles.size()][];
        // Each anchor's last article plus one (0: none yet): an anchor repeated in an article is kept once.
        int[] lastIn = new int[16];
        for (int i = 0; i < sequence.length; i++) {
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
            sorted[i] = new long[sequence[i].length];
            for (int k = 0; k < sequence[i].length; k++) {
                sorted[i][k] = (long) sequence[i][k] << 32 | k;
            }
            Arrays.sort(sorted[i]);
        }
        return new AnchorOrder(sequence, sorted);
    }

    /**
     * The longest run of the anchors both share in the same order in both (a longest increasing subsequence), as a
     * share of the anchors they share; 1 when they share too few to tell.
     */
    double share(int i, int j) {
        // One merge of the two sorted lists finds the shared anchors; read in i's order, their positions in j.
        long[] x = sorted[i];
        long[] y = sorted[j];
        int[] inJ = new int[sequence[i].length];
        Arrays.fill(inJ, -1);
        int shared = 0;
        for (int a = 0, b = 0; a < x.length && b < y.length; ) {
            long fx = x[a] >>> 32;
            long fy = y[b] >>> 32;
            if (fx == fy) {
                inJ[(int) x[a++]] = (int) y[b++];
                shared++;
            } else if (fx < fy) {
                a++;
            } else {
                b++;
            }
        }
        if (shared < MIN_ORDERED) {
            return 1;
        }
        int[] tails = new int[shared];
        int length = 0;
        for (int position : inJ) {
            if (position >= 0) {
                int at = Arrays.binarySearch(tails, 0, length, position);
                at = at < 0 ? -at - 1 : at;
                tails[at] = position;
                length = Math.max(length, at + 1);
            }
        }
        return length / (double) shared;
    }
}
