package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * Pair scores kept from an earlier build, so that an edit rescores only the pairs it can change. A pair's scores are
 * a function of its two articles and of their feature vectors in the corpus (each feature's IDF weight, in the order
 * the vectors hold them): {@link #begin} receives a print of each article's vectors, and an implementation recalls a
 * pair only when both articles and both prints are what they were when the pair was scored. The candidate pairs
 * and their order are a clean build's.
 */
public interface ScoreMemory {

    /** Remembers nothing: every pair is scored. */
    ScoreMemory NONE = (pairs, scores) -> {
    };

    /**
     * Called once before scoring: the articles, and how to print each one's weighted feature vectors (by position;
     * computed only when asked, as a build without a cache needs none). A memory that recalls nothing needs nothing.
     */
    default void begin(List<AnalysedArticle> articles, IntToLongFunction prints) {
    }

    /**
     * The scores of articles {@code i} and {@code j} (positions in {@link #begin}'s list) when both are unchanged
     * since they were scored: an empty array when the pair fell below the reporting floor; null when unknown.
     * Called from several threads at once. A memory that recalls nothing always answers null.
     */
    default double[] recall(int i, int j) {
        return null;
    }

    /**
     * Called once after scoring: every pair scored, {@code i * n + j}, and the scores of the k-th as {@link #recall}
     * gives them, made when asked (the pairs' scores are not held twice).
     */
    void remember(long[] pairs, IntFunction<double[]> scores);
}
