package io.github.briefing.match;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Candidate pairs from an inverted index over rare features, never from all pairs. A feature proposes the
 * articles that share it only while it is rare ({@link #MAX_POSTINGS}); each article asks with its
 * {@link #QUERY_FEATURES} rarest features and keeps its {@link #PER_ARTICLE} strongest proposals. The work per
 * article is bounded, so the whole grows linearly with the corpus; features too common to propose still count
 * when a proposed pair is scored.
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
        return pairs(features, null);
    }

    /** As {@link #pairs(FeatureVectors)}, proposing only articles of another group when groups are given. */
    static long[] pairs(FeatureVectors features, int[] group) {
        int n = features.size();
        int[][] query = new int[n][];
        int[][] postings = postings(features, query);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        return Pairs.distinct(IntStream.range(0, n).parallel().mapToObj(i -> {
            Scratch s = scratch.get();
            double[] weight = s.weight;
            int touched = 0;
            for (int k : query[i]) {
                double w = features.weight(i, k);
                for (int j : postings[features.ids[i][k]]) {
                    if (j != i && (group == null || group[i] != group[j])) {
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
        }).toArray(long[][]::new));
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

    /** Postings of the rare features; {@code query[i]} receives the positions of article i's rarest ones. */
    private static int[][] postings(FeatureVectors features, int[][] query) {
        int[] count = new int[features.df.length];
        IntStream.range(0, features.size()).parallel().forEach(i -> {
            int[] ids = features.ids[i];
            // The rare features' positions, rarest first (by count, then position): one sort of plain numbers.
            long[] rare = new long[ids.length];
            int size = 0;
            for (int k = 0; k < ids.length; k++) {
                int df = features.df[ids[k]];
                if (df >= 2 && df <= MAX_POSTINGS) {
                    rare[size++] = (long) df << 32 | k;
                }
            }
            Arrays.sort(rare, 0, size);
            query[i] = new int[Math.min(size, QUERY_FEATURES)];
            for (int q = 0; q < query[i].length; q++) {
                query[i][q] = (int) rare[q];
            }
        });
        int[][] postings = new int[features.df.length][];
        for (int f = 0; f < postings.length; f++) {
            postings[f] = features.df[f] >= 2 && features.df[f] <= MAX_POSTINGS ? new int[features.df[f]] : new int[0];
        }
        for (int i = 0; i < features.size(); i++) {
            for (int f : features.ids[i]) {
                if (postings[f].length > 0) {
                    postings[f][count[f]++] = i;
                }
            }
        }
        return postings;
    }
}
