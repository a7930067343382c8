package io.github.briefing.match;

import java.util.Arrays;

/**
 * Candidate pairs, each encoded as one number ({@code i * n + j}), gathered from several sources: hundreds of
 * thousands at 10,000 articles, so they stay primitive rather than boxed in a set.
 */
final class Pairs {

    private static final long FREE = -1;

    private Pairs() {
    }

    /** The pairs of all the lists, each once, in the order first seen. */
    static long[] distinct(long[]... lists) {
        int total = Arrays.stream(lists).mapToInt(l -> l.length).sum();
        long[] table = new long[Integer.highestOneBit(Math.max(1, total) * 2) * 2];
        Arrays.fill(table, FREE);
        int mask = table.length - 1;
        long[] kept = new long[total];
        int size = 0;
        for (long[] list : lists) {
            for (long pair : list) {
                int slot = (int) NearDuplicates.mix(pair) & mask;
                while (table[slot] != FREE && table[slot] != pair) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == FREE) {
                    table[slot] = pair;
                    kept[size++] = pair;
                }
            }
        }
        return Arrays.copyOf(kept, size);
    }
}
