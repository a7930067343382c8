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
