package io.github.briefing.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Candidate pairs from an inverted index over rare features, never from all pairs. A feature proposes the
 * articles that share it only while it is rare ({@link #MAX_POSTINGS}), and each article keeps its
 * {@link #PER_ARTICLE} strongest proposals: the work per article is bounded, so the whole grows linearly with
 * the corpus. Features too common to propose still count when a proposed pair is scored.
 */
final class CandidateIndex {

    /** A feature shared by more articles than this names a topic, not a story. */
    static final int MAX_POSTINGS = 64;
    /** An article has a handful of true partners (translations, copies, follow-ups); more are noise. */
    static final int PER_ARTICLE = 24;

    private CandidateIndex() {
    }

    /**
     * Pairs {@code i < j} encoded as {@code i * n + j}: each article's strongest proposals by one kind of feature
     * (anchors, words), so that words shared within a language do not crowd out a translation's anchors.
     */
    static long[] pairs(FeatureVectors features) {
        int n = features.vectors.size();
        Map<String, int[]> postings = postings(features, n);
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            Map<Integer, Double> weight = new HashMap<>();
            features.vectors.get(i).forEach((f, w) -> {
                int[] list = postings.get(f);
                if (list != null) {
                    for (int j : list) {
                        if (j != i) {
                            weight.merge(j, w, Double::sum);
                        }
                    }
                }
            });
            PriorityQueue<Map.Entry<Integer, Double>> best = new PriorityQueue<>(Map.Entry.comparingByValue());
            for (Map.Entry<Integer, Double> e : weight.entrySet()) {
                best.add(e);
                if (best.size() > PER_ARTICLE) {
                    best.poll();
                }
            }
            return best.stream().mapToLong(e -> Math.min(i, e.getKey()) * (long) n + Math.max(i, e.getKey()));
        }).flatMapToLong(s -> s).distinct().sorted().toArray();
    }

    private static Map<String, int[]> postings(FeatureVectors features, int n) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String f : features.vectors.get(i).keySet()) {
                int df = features.df.get(f);
                if (df >= 2 && df <= MAX_POSTINGS) {
                    lists.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((f, l) -> postings.put(f, l.stream().mapToInt(Integer::intValue).toArray()));
        return postings;
    }
}
