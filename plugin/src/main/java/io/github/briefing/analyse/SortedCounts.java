package io.github.briefing.analyse;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Strings with counts, in key order, held in two arrays: an article keeps hundreds of terms, and a tree's entries
 * took five times the memory (a 100,000-article corpus is held whole for matching). Keys are {@link SharedStrings}.
 */
final class SortedCounts extends AbstractMap<String, Integer> {

    private final String[] keys;
    private final int[] counts;

    private SortedCounts(String[] keys, int[] counts) {
        this.keys = keys;
        this.counts = counts;
    }

    /** An unmodifiable copy in key order. */
    static Map<String, Integer> of(Map<String, Integer> counts) {
        return counts instanceof SortedCounts ? counts : sorted(counts);
    }

    /**
     * An unmodifiable copy in key order of counts whose keys are {@link SharedStrings} already, as an article's
     * terms are: looking each one up again in the large table of shared strings cost more than the rest of the copy.
     */
    static SortedCounts ofShared(Map<String, Integer> counts) {
        // The keys sorted as strings, then each count looked up: sorting the entries by a comparator of their keys
        // cost twice as much (a hash map finds its keys at once, unlike the maps read from the cache, below).
        String[] keys = counts.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = counts.get(keys[i]);
        }
        return new SortedCounts(keys, values);
    }

    /** Counts of shared strings in strictly ascending order, taken as they are; throws when they are not in that order. */
    static SortedCounts ofSortedShared(String[] keys, int[] counts) {
        if (keys.length != counts.length) {
            throw new IllegalArgumentException(keys.length + " keys and " + counts.length + " counts");
        }
        return new SortedCounts(SortedStrings.ascending(keys), counts);
    }

    /** The counts of both, summed key by key, by merging their arrays (no key looked up again). */
    static SortedCounts sum(SortedCounts a, SortedCounts b) {
        if (b.keys.length == 0) {
            return a;
        }
        if (a.keys.length == 0) {
            return b;
        }
        String[] keys = new String[a.keys.length + b.keys.length];
        int[] counts = new int[keys.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.keys.length || j < b.keys.length) {
            int order = i == a.keys.length ? 1 : j == b.keys.length ? -1 : a.keys[i].compareTo(b.keys[j]);
            keys[n] = order <= 0 ? a.keys[i] : b.keys[j];
            counts[n++] = (order <= 0 ? a.counts[i++] : 0) + (order >= 0 ? b.counts[j++] : 0);
        }
        return n == keys.length ? new SortedCounts(keys, counts)
                : new SortedCounts(Arrays.copyOf(keys, n), Arrays.copyOf(counts, n));
    }

    private static SortedCounts sorted(Map<String, Integer> counts) {
        // By entry, not by looking each key up: a map read from the cache finds a key only by walking its entries.
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        String[] keys = new String[entries.size()];
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = SharedStrings.of(entries.get(i).getKey());
            values[i] = entries.get(i).getValue();
        }
        return new SortedCounts(keys, values);
    }

    @Override
    public Integer get(Object key) {
        int at = key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
        return at >= 0 ? counts[at] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Integer> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], counts[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Integer> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], counts[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
