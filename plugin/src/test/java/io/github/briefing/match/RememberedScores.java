package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * A memory that recalls no scores, so that every pair is scored, and holds what the build remembers: each pair
 * ({@code i * n + j}) and its scores (an empty array: under the reporting floor). A build with a memory also keeps
 * its views and evidence for the next one in the process.
 */
final class RememberedScores implements ScoreMemory {

    final Map<Long, double[]> scores = new ConcurrentHashMap<>();

    @Override
    public void begin(List<AnalysedArticle> articles, IntToLongFunction prints) {
    }

    @Override
    public double[] recall(int i, int j) {
        return null;
    }

    @Override
    public void remember(long[] pairs, IntFunction<double[]> scored) {
        for (int k = 0; k < pairs.length; k++) {
            scores.put(pairs[k], scored.apply(k));
        }
    }
}
