package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

import java.util.List;

/**
 * The pairs of the last build of this process that kept them, with their scores and evidence, so that an edit loop
 * computes again only what changed of a pair: a pair the score memory does not recall (one of its articles'
 * vectors changed in some view, as a common word's rarity crossing a step changes the words of hundreds of
 * articles) takes the cosines of the views where neither article's vector changed ({@link PairScore#of}), and a
 * pair whose articles' anchors are unchanged takes its evidence ({@link RelationJudge}). Held softly, and only while
 * it costs a small share of the heap.
 */
final class KeptPairs {

    /**
     * The share of the heap the pairs may keep: their scores are held for them alone (the evidence is the matches'),
     * and a corpus of 100,000 articles has about a million.
     */
    private static final int HEAP_SHARE = 32;
    /** About how many bytes a pair kept holds: its scores, and its slots in the table. */
    private static final int PAIR_BYTES = 128;
    private final LastBuild<Last> last = new LastBuild<>(HEAP_SHARE);

    /**
     * A build's pairs, {@code i * n + j}, in a table of plain numbers, with each one's scores and evidence, and the
     * views they were computed on.
     */
    record Last(int n, Views.Serials views, long[] pairs, PairScore[] scores, Evidence[] evidence) {

        /** The pair's scores in the last build, or null when it was not reported. */
        PairScore score(int i, int j) {
            return scores[Pairs.slot(pairs, i * (long) n + j)];
        }

        /** The pair's evidence in the last build, or null when it was not reported. */
        Evidence evidence(int i, int j) {
            return evidence[Pairs.slot(pairs, i * (long) n + j)];
        }
    }

    /** The last build's pairs, when it had as many articles as {@code n}; else null. */
    Last last(int n) {
        Last before = last.get();
        return before != null && before.n() == n ? before : null;
    }

    /** Keeps the pairs reported, the k-th match of the k-th scores, unless they are too many to keep. */
    void keep(int n, Views.Serials views, List<PairScore> scores, List<Match> matches) {
        long bytes = (long) scores.size() * PAIR_BYTES;
        if (!last.fits(bytes)) {
            last.forget();
            return;
        }
        long[] pairs = Pairs.table(scores.size());
        PairScore[] kept = new PairScore[pairs.length];
        Evidence[] evidence = new Evidence[pairs.length];
        for (int k = 0; k < scores.size(); k++) {
            PairScore s = scores.get(k);
            int slot = Pairs.slot(pairs, s.i() * (long) n + s.j());
            pairs[slot] = s.i() * (long) n + s.j();
            kept[slot] = s;
            evidence[slot] = matches.get(k).evidence();
        }
        last.keep(new Last(n, views, pairs, kept, evidence), bytes);
    }
}
