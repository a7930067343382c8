package io.github.briefing.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
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
        ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[n]);
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            double[] weight = scratch.get();
            List<Integer> touched = new ArrayList<>();
            for (int k : query[i]) {
                for (int j : postings[features.ids[i][k]]) {
                    if (j != i && (group == null || group[i] != group[j])) {
                        if (weight[j] == 0) {
                            touched.add(j);
                        }
                        weight[j] += features.weights[i][k];
                    }
                }
            }
            PriorityQueue<Integer> best = new PriorityQueue<>((a, b) -> Double.compare(weight[a], weight[b]));
            for (int j : touched) {
                best.add(j);
                if (best.size() > PER_ARTICLE) {
                    best.poll();
                }
            }
            long[] found = best.stream().mapToLong(j -> Math.min(i, j) * (long) n + Math.max(i, j)).toArray();
            touched.forEach(j -> weight[j] = 0);
            return found;
        }).flatMapToLong(Arrays::stream).distinct().toArray();
    }

    /** Postings of the rare features; {@code query[i]} receives the positions of article i's rarest ones. */
    private static int[][] postings(FeatureVectors features, int[][] query) {
        int[] count = new int[features.df.length];
        IntStream.range(0, features.size()).parallel().forEach(i -> {
            int[] ids = features.ids[i];
            query[i] = IntStream.range(0, ids.length)
                    .filter(k -> features.df[ids[k]] >= 2 && features.df[ids[k]] <= MAX_POSTINGS)
                    .mapToLong(k -> (long) features.df[ids[k]] << 32 | k).sorted()
                    .limit(QUERY_FEATURES).mapToInt(o -> (int) o).toArray();
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
