package io.github.briefing.match;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Candidate pairs among near-duplicates (one wire story in hundreds of outlets), whose shared words are too
 * common to pass the {@link CandidateIndex}. MinHash with banding puts articles whose word sets overlap mostly
 * into one bucket; each member is paired with the bucket's first article only, a star rather than all pairs,
 * so a big group stays linear and still ends in one story.
 */
final class NearDuplicates {

    /** Bands of rows: with 6 bands of 3, sets 80% alike meet with odds 0.99, sets 30% alike with odds 0.15. */
    private static final int BANDS = 6;
    private static final int ROWS = 3;

    private NearDuplicates() {
    }

    static long[] pairs(FeatureVectors terms) {
        int n = terms.size();
        long[][] signatures = IntStream.range(0, n).parallel()
                .mapToObj(i -> terms.ids[i].length == 0 ? null : minHashes(terms.ids[i])).toArray(long[][]::new);
        Map<Long, Integer> firstInBucket = new HashMap<>();
        LongStream.Builder pairs = LongStream.builder();
        for (int i = 0; i < n; i++) {
            long[] minima = signatures[i];
            if (minima == null) {
                continue;
            }
            for (int band = 0; band < BANDS; band++) {
                long key = band;
                for (int row = 0; row < ROWS; row++) {
                    key = key * 0x9E3779B97F4A7C15L + minima[band * ROWS + row];
                }
                Integer first = firstInBucket.putIfAbsent(key, i);
                if (first != null) {
                    pairs.add(first * (long) n + i);
                }
            }
        }
        return Pairs.distinct(pairs.build().toArray());
    }

    private static long[] minHashes(int[] terms) {
        long[] minima = new long[BANDS * ROWS];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (int term : terms) {
            long h = term;
            for (int k = 0; k < minima.length; k++) {
                long mixed = mix(h + k * 0x632BE59BD9B4E019L);
                if (mixed < minima[k]) {
                    minima[k] = mixed;
                }
            }
        }
        return minima;
    }

    /** SplitMix64's finaliser: spreads a hash so that each seed gives an independent permutation. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
