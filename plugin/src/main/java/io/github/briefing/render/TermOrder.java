package io.github.briefing.render;

import io.github.briefing.memory.LastBuild;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The search terms in name order, as the search script lists them, kept from the last build of this process: a
 * rebuild numbers the last build's terms as it did and only its new ones after them ({@link TermNumbers}), so their
 * order is the last one with the new terms put in their places. Sorting the 190,000 terms of 10,000 articles by name
 * was a third of writing the script, in every rebuild. Held softly, and only while it costs a small share of the heap.
 */
final class TermOrder {

    /** The order of the last build of this process that kept one. */
    static final TermOrder LAST = new TermOrder();
    /** The share of the heap the order may keep (the terms, which the build let go of, and a number each). */
    private static final int HEAP_SHARE = 16;
    /** About what a term costs to keep: its string and its place in the arrays. */
    private static final int BYTES_PER_TERM = 64;
    private final LastBuild<Kept> last = new LastBuild<>(HEAP_SHARE);

    private record Kept(String[] terms, int[] order) {
    }

    /**
     * The numbers of {@code terms} (each term once, by its number, which {@code number} gives) in the terms' order;
     * when {@code keep}, also kept for the next build.
     */
    int[] of(String[] terms, ToIntFunction<String> number, boolean keep) {
        Kept before = last.get();
        int[] order = before != null && numberedAlike(before.terms(), terms) ? extended(before, terms, number)
                : sorted(terms, 0, number);
        if (keep) {
            last.keep(new Kept(terms, order), (long) terms.length * BYTES_PER_TERM);
        }
        return order;
    }

    /** Whether the last build's terms are the first of these, with the same numbers. */
    private static boolean numberedAlike(String[] before, String[] terms) {
        return before.length <= terms.length && Arrays.equals(before, 0, before.length, terms, 0, before.length);
    }

    /**
     * The numbers from {@code from} on, in their terms' order: the strings are sorted as they are and then looked up,
     * a third less work than sorting boxed numbers by a comparator.
     */
    private static int[] sorted(String[] terms, int from, ToIntFunction<String> number) {
        String[] names = Arrays.copyOfRange(terms, from, terms.length);
        Arrays.sort(names);
        int[] order = new int[names.length];
        for (int at = 0; at < names.length; at++) {
            order[at] = number.applyAsInt(names[at]);
        }
        return order;
    }

    /** The last build's order with the terms numbered after its own each put in its place. */
    private static int[] extended(Kept before, String[] terms, ToIntFunction<String> number) {
        int[] old = before.order();
        int[] added = sorted(terms, old.length, number);
        int[] order = new int[terms.length];
        int from = 0;
        int at = 0;
        for (int n : added) {
            int place = place(old, terms, terms[n]);
            System.arraycopy(old, from, order, at, place - from);
            at += place - from;
            order[at++] = n;
            from = place;
        }
        System.arraycopy(old, from, order, at, old.length - from);
        return order;
    }

    /** Where {@code term} (not one of them) goes among the old terms in order: how many of them sort before it. */
    private static int place(int[] old, String[] terms, String term) {
        int low = 0;
        int high = old.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (terms[old[middle]].compareTo(term) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
