package io.github.briefing.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A memory that recalls no scores, so that every pair is scored, and holds what the build remembers: each pair
 * ({@code i * n + j}) and its scores (an empty array: under the reporting floor). A build with a memory also keeps
 * its views and evidence for the next one in the process.
 */
final class RememberedScores implements ScoreMemory {

    final Map<Long, double[]> scores = new ConcurrentHashMap<>();

    @Override
    public void remember(long[] pairs, IntFunction<double[]> scored) {
        for (int k = 0; k < pairs.length; k++) {
            scores.put(pairs[k], scored.apply(k));
        }
    }
}
