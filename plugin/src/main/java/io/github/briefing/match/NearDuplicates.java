package io.github.briefing.match;

import java.util.Arrays;
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

    /**
     * Bands of rows: with 6 bands of 3, sets 80% alike meet with odds 0.99, sets 30% alike with odds 0.15. A band's
     * three rows are computed side by side ({@link #signatures}).
     */
    private static final int BANDS = 6;
    private static final int ROWS = 3;
    /** How many hashes an article's signature holds. */
    static final int SIGNATURE = BANDS * ROWS;

    private NearDuplicates() {
    }

    /** The pairs of articles whose signatures meet in some band's bucket: each with the bucket's first article. */
    static long[] pairs(long[][] signatures) {
        int n = signatures.length;
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

    /**
     * Each article's least hash of its terms under each seed; null for an article without terms. An article whose
     * terms are numbered as in {@code before} (the last build's vectors of the view, or null) takes its signature
     * from {@code kept}: the hashes are of the terms' numbers, so a term new to the corpus, which moves the numbers
     * of the terms first used after it, changes the signatures of the articles that use those.
     *
     * <p>A term's hashes are computed once per build rather than once per article that uses it (a common word is
     * in thousands), a band's seeds at a time, side by side, so that one read of a term finds its band's three and
     * only a band's hashes per term are held at once.
     */
    static long[][] signatures(FeatureVectors terms, FeatureVectors before, long[][] kept) {
        int n = terms.size();
        long[][] minima = new long[n][];
        boolean[] fresh = new boolean[n];
        boolean[] used = new boolean[terms.df.length];
        IntStream.range(0, n).parallel().filter(i -> terms.ids[i].length > 0).forEach(i -> {
            if (before != null && before.size() == n && Arrays.equals(terms.ids[i], before.ids[i])) {
                minima[i] = kept[i];
                return;
            }
            minima[i] = new long[SIGNATURE];
            fresh[i] = true;
            for (int term : terms.ids[i]) {
                used[term] = true; // threads may race to set it: all write true
            }
        });
        long[] hashed = new long[terms.df.length * ROWS];
        for (int band = 0; band < BANDS; band++) {
            int first = band * ROWS;
            IntStream.range(0, terms.df.length).parallel().filter(term -> used[term]).forEach(term -> {
                for (int row = 0; row < ROWS; row++) {
                    hashed[term * ROWS + row] = mix(term + (first + row) * 0x632BE59BD9B4E019L);
                }
            });
            IntStream.range(0, n).parallel().filter(i -> fresh[i]).forEach(i -> {
                // A band's three rows in locals: the loop runs over every term of every article, six times.
                long a = Long.MAX_VALUE;
                long b = Long.MAX_VALUE;
                long c = Long.MAX_VALUE;
                for (int term : terms.ids[i]) {
                    int at = term * ROWS;
                    a = Math.min(a, hashed[at]);
                    b = Math.min(b, hashed[at + 1]);
                    c = Math.min(c, hashed[at + 2]);
                }
                minima[i][first] = a;
                minima[i][first + 1] = b;
                minima[i][first + 2] = c;
            });
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
