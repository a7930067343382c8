package io.github.briefing.analyse;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * Distinct strings in order, held in an array: an article's anchors and skeletons, kept for the whole build, took
 * a tree entry each. In order because {@code Set.copyOf} iterates in an order that changes with every JVM, and
 * sums of weights taken in that order differed in their last digits between two builds of the same corpus.
 * Elements are {@link SharedStrings}.
 */
final class SortedStrings extends AbstractSet<String> {

    private final String[] elements;

    private SortedStrings(String[] elements) {
        this.elements = elements;
    }

    /** An unmodifiable copy in order. */
    static Set<String> of(Set<String> values) {
        if (values instanceof SortedStrings) {
            return values;
        }
        String[] elements = values.toArray(String[]::new);
        Arrays.sort(elements);
        Arrays.setAll(elements, i -> SharedStrings.of(elements[i]));
        return new SortedStrings(elements);
    }

    /** An unmodifiable copy in order of strings that are shared strings already, taken without looking them up. */
    static Set<String> ofShared(Set<String> values) {
        String[] elements = values.toArray(String[]::new);
        Arrays.sort(elements);
        return new SortedStrings(elements);
    }

    /** Shared strings in strictly ascending order, taken as they are; throws when they are not in that order. */
    static Set<String> ofSortedShared(String[] elements) {
        return new SortedStrings(ascending(elements));
    }

    /** The strings, checked to be in strictly ascending order; throws when they are not. */
    static String[] ascending(String[] strings) {
        for (int i = 1; i < strings.length; i++) {
            if (strings[i - 1].compareTo(strings[i]) >= 0) {
                throw new IllegalArgumentException("strings out of order at " + i);
            }
        }
        return strings;
    }

    /**
     * The union of two sets made by {@link #of}, by merging their arrays: an article read in two parts (its headline
     * and its body) joins their anchors without looking each one up again.
     */
    static Set<String> union(Set<String> a, Set<String> b) {
        String[] x = ((SortedStrings) a).elements;
        String[] y = ((SortedStrings) b).elements;
        if (y.length == 0) {
            return a;
        }
        if (x.length == 0) {
            return b;
        }
        String[] merged = new String[x.length + y.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length || j < y.length) {
            int order = i == x.length ? 1 : j == y.length ? -1 : x[i].compareTo(y[j]);
            merged[n++] = order <= 0 ? x[i] : y[j];
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return new SortedStrings(n == merged.length ? merged : Arrays.copyOf(merged, n));
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof String s && Arrays.binarySearch(elements, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(elements).iterator();
    }

    @Override
    public int size() {
        return elements.length;
    }
}
