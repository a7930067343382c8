package io.github.briefing.match;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Candidate pairs from an inverted index over rare features, never from all pairs. A feature proposes the
 * articles that share it only while it is rare ({@link #MAX_POSTINGS}); each article asks with its
 * {@link #QUERY_FEATURES} rarest features and keeps its {@link #PER_ARTICLE} strongest proposals. The work per
 * article is bounded, so the whole grows linearly with the corpus; features too common to propose still count
 * when a proposed pair is scored. A group of {@link Copies} counts once: a feature's rarity is the number of groups
 * holding it, only a group's first article is proposed, and never to its own copies (the near-duplicate pairs
 * link those).
 */
final class CandidateIndex {

    /** A feature shared by more articles than this names a topic, not a story. */
    static final int MAX_POSTINGS = 64;
    /** The rarest features of an article say what it is about; the rest add little to finding partners. */
    static final int QUERY_FEATURES = 40;
    /** An article has a handful of true partners (translations, copies, follow-ups); more are noise. */
    static final int PER_ARTICLE = 12;

    private CandidateIndex() {
    }

    /**
     * Pairs {@code i < j} encoded as {@code i * n + j}: each article's strongest proposals by one kind of feature
     * (anchors, words), so that words shared within a language do not crowd out a translation's anchors.
     */
    static long[] pairs(FeatureVectors features) {
        return pairs(features, null, Copies.none(features.size()));
    }

    /** As {@link #pairs(FeatureVectors)}, proposing only articles of another group when groups are given. */
    static long[] pairs(FeatureVectors features, int[] group, Copies copies) {
        return Pairs.distinct(proposals(features, copies.groupsHolding(features), group, copies, null, null));
    }

    /**
     * Each article's strongest proposals, {@code i * n + j} for pairs {@code i < j}.
     *
     * @param held   how many groups of copies hold each feature ({@link Copies#groupsHolding})
     * @param group  each article's group, whose other members it does not propose (null: none)
     * @param copies the groups of copies, each proposed by its first article only
     * @param again which articles to propose for (null: all); each other one's are taken from {@code kept}
     * @param kept  each article's proposals in the last build, where they are known unchanged ({@link #unsettled})
     */
    static long[][] proposals(FeatureVectors features, int[] held, int[] group, Copies copies, boolean[] again,
                              long[][] kept) {
        int n = features.size();
        int[][] query = queries(features, held, again);
        int[][] postings = postings(features, copies, query);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            if (query[i] == null) {
                return kept[i];
            }
            Scratch s = scratch.get();
            double[] weight = s.weight;
            int touched = 0;
            for (int k : query[i]) {
                double w = features.weight(i, k);
                for (int j : postings[features.ids[i][k]]) {
                    if (j != i && j != copies.first(i) && (group == null || group[i] != group[j])) {
                        if (weight[j] == 0) {
                            s.touched[touched++] = j;
                        }
                        weight[j] += w;
                    }
                }
            }
            int[] best = strongest(s.touched, touched, weight);
            long[] found = new long[best.length];
            for (int k = 0; k < best.length; k++) {
                found[k] = Math.min(i, best[k]) * (long) n + Math.max(i, best[k]);
            }
            for (int k = 0; k < touched; k++) {
                weight[s.touched[k]] = 0;
            }
            return found;
        }).toArray(long[][]::new);
    }

    /**
     * Which articles may propose otherwise than they did with {@code before}, the last build's vectors of the view
     * (null: all may). An article's proposals are a function of its features in their order, its rare features'
     * weights and which articles hold each of them. An article listed as then ({@link FeatureVectors#listedAsIn})
     * has the same features in the same order, with the same weights where their rarity is the same. Which articles
     * hold a feature changes only where a relisted article (an edited one, or one whose features changed order)
     * took it or dropped it, so any other feature is as rare as then and proposes the same partners; and only a
     * feature rare now or then proposes at all: a common word an edit adds takes no article's proposals with it.
     * Copies grouped otherwise than then ({@code copies} against {@code copiesBefore}) may propose anything.
     * {@code held} and {@code heldBefore} count the groups holding each feature now and then.
     */
    static boolean[] unsettled(FeatureVectors now, int[] held, Copies copies, FeatureVectors before,
                               int[] heldBefore, Copies copiesBefore) {
        int n = now.size();
        boolean[] unsettled = new boolean[n];
        if (before == null || before.size() != n || !copies.sameAs(copiesBefore)) {
            Arrays.fill(unsettled, true);
            return unsettled;
        }
        IntStream.range(0, n).parallel().forEach(i -> unsettled[i] = !now.listedAsIn(before, i));
        int[] relisted = IntStream.range(0, n).filter(i -> unsettled[i]).toArray();
        if (relisted.length > n / RELISTED_SHARE) {
            Arrays.fill(unsettled, true);
            return unsettled;
        }
        boolean[] taken = new boolean[now.df.length];
        boolean[] dropped = new boolean[before.df.length];
        for (int i : relisted) {
            Set<String> was = names(before, i);
            Set<String> is = names(now, i);
            for (int f : now.ids[i]) {
                taken[f] |= !was.contains(now.names.get(f));
            }
            for (int f : before.ids[i]) {
                dropped[f] |= !is.contains(before.names.get(f));
            }
        }
        IntStream.range(0, n).parallel().filter(i -> !unsettled[i]).forEach(i -> {
            // Listed as then: its k-th feature is the same one in both numberings.
            int[] x = now.ids[i];
            int[] y = before.ids[i];
            for (int k = 0; k < x.length && !unsettled[i]; k++) {
                unsettled[i] = (taken[x[k]] || dropped[y[k]]) && (rare(held[x[k]]) || rare(heldBefore[y[k]]));
            }
        });
        return unsettled;
    }

    /**
     * Beyond this share of articles relisted (as when the view was numbered afresh), all propose again: finding which
     * features they took or dropped would cost more.
     */
    private static final int RELISTED_SHARE = 16;

    /** The names of article i's features. */
    private static Set<String> names(FeatureVectors features, int i) {
        return Arrays.stream(features.ids[i]).mapToObj(features.names::get).collect(Collectors.toSet());
    }

    /** Whether a feature held by {@code groups} groups of copies proposes them to each other. */
    private static boolean rare(int groups) {
        return groups >= 2 && groups <= MAX_POSTINGS;
    }

    /** An article's proposal weights, by article, and which articles it has proposed: kept per thread. */
    private static final class Scratch {
        final double[] weight;
        final int[] touched;

        Scratch(int n) {
            weight = new double[n];
            touched = new int[n];
        }
    }

    /**
     * The {@link #PER_ARTICLE} proposals of greatest weight, kept in a binary min-heap as they come: the heap's
     * order, which decides among equal weights, is that of {@link java.util.PriorityQueue}, so a build proposes
     * the same pairs in the same order every time.
     */
    static int[] strongest(int[] proposed, int count, double[] weight) {
        int[] heap = new int[PER_ARTICLE + 1];
        int size = 0;
        for (int p = 0; p < count; p++) {
            siftUp(heap, size++, proposed[p], weight);
            if (size > PER_ARTICLE) {
                int last = heap[--size];
                siftDown(heap, size, last, weight);
            }
        }
        return Arrays.copyOf(heap, size);
    }

    private static void siftUp(int[] heap, int k, int x, double[] weight) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (weight[x] >= weight[heap[parent]]) {
                break;
            }
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = x;
    }

    /** Puts {@code x} in place of the root of a heap of {@code size}. */
    private static void siftDown(int[] heap, int size, int x, double[] weight) {
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < size && weight[heap[child]] > weight[heap[right]]) {
                child = right;
            }
            if (weight[x] <= weight[heap[child]]) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        if (size > 0) {
            heap[k] = x;
        }
    }

    /**
     * The positions of each article's rarest features, rarest first (by the groups holding them, {@code held}, then
     * position): one sort of plain numbers. Null for an article not to propose for ({@code again}; null: all are).
     */
    private static int[][] queries(FeatureVectors features, int[] held, boolean[] again) {
        int[][] query = new int[features.size()][];
        IntStream.range(0, features.size()).parallel().filter(i -> again == null || again[i]).forEach(i -> {
            int[] ids = features.ids[i];
            long[] rare = new long[ids.length];
            int size = 0;
            for (int k = 0; k < ids.length; k++) {
                int groups = held[ids[k]];
                if (rare(groups)) {
                    rare[size++] = (long) groups << 32 | k;
                }
            }
            Arrays.sort(rare, 0, size);
            query[i] = new int[Math.min(size, QUERY_FEATURES)];
            for (int q = 0; q < query[i].length; q++) {
                query[i][q] = (int) rare[q];
            }
        });
        return query;
    }

    /**
     * Postings of the features the queries ask by, each in article order and of the first articles of groups of
     * copies only; empty for the others.
     */
    private static int[][] postings(FeatureVectors features, Copies copies, int[][] query) {
        boolean[] asked = new boolean[features.df.length];
        for (int i = 0; i < query.length; i++) {
            for (int k = 0; query[i] != null && k < query[i].length; k++) {
                asked[features.ids[i][query[i][k]]] = true;
            }
        }
        int[] size = new int[asked.length];
        for (int i = 0; i < features.size(); i++) {
            if (copies.first(i) == i) {
                for (int f : features.ids[i]) {
                    size[f]++;
                }
            }
        }
        int[][] postings = new int[asked.length][];
        int[] none = new int[0];
        for (int f = 0; f < postings.length; f++) {
            postings[f] = asked[f] ? new int[size[f]] : none;
        }
        int[] count = new int[postings.length];
        for (int i = 0; i < features.size(); i++) {
            if (copies.first(i) == i) {
                for (int f : features.ids[i]) {
                    if (postings[f].length > 0) {
                        postings[f][count[f]++] = i;
                    }
                }
            }
        }
        return postings;
    }
}
