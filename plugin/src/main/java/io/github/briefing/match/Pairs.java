package io.github.briefing.match;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;

/**
 * Candidate pairs, each encoded as one number ({@code i * n + j}), gathered from several sources: hundreds of
 * thousands at 10,000 articles, so they stay primitive rather than boxed in a set.
 */
final class Pairs {

    /** A free slot of a table ({@link #slot}). */
    static final long FREE = -1;

    private Pairs() {
    }

    /** The pairs of all the lists, each once, in the order first seen. */
    static long[] distinct(long[]... lists) {
        long[] table = table(lists);
        long[] kept = new long[Arrays.stream(lists).mapToInt(l -> l.length).sum()];
        int size = 0;
        for (long[] list : lists) {
            for (long pair : list) {
                int slot = slot(table, pair);
                if (table[slot] == FREE) {
                    table[slot] = pair;
                    kept[size++] = pair;
                }
            }
        }
        return Arrays.copyOf(kept, size);
    }

    /**
     * Each list's pairs (or any numbers but -1) numbered 0, 1, 2... by first appearance across the lists, in the
     * lists' shape; {@code first} receives each distinct one in that order.
     */
    static int[][] numbered(long[][] lists, LongConsumer first) {
        long[] table = table(lists);
        int[] number = new int[table.length];
        int size = 0;
        int[][] numbered = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            numbered[i] = new int[lists[i].length];
            for (int k = 0; k < lists[i].length; k++) {
                long pair = lists[i][k];
                int slot = slot(table, pair);
                if (table[slot] == FREE) {
                    table[slot] = pair;
                    number[slot] = size++;
                    first.accept(pair);
                }
                numbered[i][k] = number[slot];
            }
        }
        return numbered;
    }

    /**
     * The places of the pairs {@code i * n + j} in order of the pairs {@code as[i] * n + as[j]} they stand for: the
     * pairs that stand for one side by side, those of one first article together; in the order given where equal.
     */
    static int[] inOrderOf(long[] pairs, int n, int[] as) {
        int[] bySecond = byKey(pairs.length, n, k -> as[(int) (pairs[k] % n)], null);
        return byKey(pairs.length, n, k -> as[(int) (pairs[k] / n)], bySecond);
    }

    /**
     * The places 0 to {@code m - 1} ordered by their keys (each below {@code n}), as {@code in} orders them (null: in
     * their own order) where keys are equal: one stable counting sort.
     */
    private static int[] byKey(int m, int n, IntUnaryOperator key, int[] in) {
        int[] start = new int[n + 1];
        for (int k = 0; k < m; k++) {
            start[key.applyAsInt(k) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] places = new int[m];
        for (int p = 0; p < m; p++) {
            int k = in == null ? p : in[p];
            places[start[key.applyAsInt(k)]++] = k;
        }
        return places;
    }

    /** An empty table with room for every pair of the lists at most half full. */
    private static long[] table(long[]... lists) {
        return table(Arrays.stream(lists).mapToInt(l -> l.length).sum());
    }

    /** An empty table with room for {@code total} pairs at most half full. */
    static long[] table(int total) {
        long[] table = new long[Integer.highestOneBit(Math.max(1, total) * 2) * 2];
        Arrays.fill(table, FREE);
        return table;
    }

    /** Where {@code pair} is in the table, or the free slot where it goes. */
    static int slot(long[] table, long pair) {
        int mask = table.length - 1;
        int slot = (int) NearDuplicates.mix(pair) & mask;
        while (table[slot] != FREE && table[slot] != pair) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
