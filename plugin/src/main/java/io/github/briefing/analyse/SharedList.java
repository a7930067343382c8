package io.github.briefing.analyse;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Strings in order, each one a {@link SharedStrings} instance: an article's anchor features. A list made so is
 * taken as it is, so that articles with one text (wire copies) share their features without looking each one up
 * again in the large table of shared strings.
 */
final class SharedList extends AbstractList<String> implements RandomAccess {

    private final String[] elements;

    private SharedList(String[] elements) {
        this.elements = elements;
    }

    /** An unmodifiable copy whose elements are shared strings. */
    static List<String> of(List<String> values) {
        if (values instanceof SharedList) {
            return values;
        }
        // An article names the same anchors again and again: each distinct one is looked up once in the large table.
        Map<String, String> shared = new HashMap<>();
        String[] elements = new String[values.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = shared.computeIfAbsent(values.get(i), SharedStrings::of);
        }
        return new SharedList(elements);
    }

    /** A list of strings that are shared strings already, taken without looking them up. */
    static List<String> ofShared(List<String> values) {
        return values instanceof SharedList ? values : new SharedList(values.toArray(String[]::new));
    }

    /** Shared strings in order, taken as they are (the array is not copied). */
    static List<String> ofShared(String[] elements) {
        return new SharedList(elements);
    }

    @Override
    public String get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
