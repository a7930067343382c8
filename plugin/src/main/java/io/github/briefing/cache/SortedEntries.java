package io.github.briefing.cache;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A map as the cache file gives it, entry by entry in key order (the file is written from sorted maps): kept in two
 * lists, so that reading it costs no comparison beyond one per entry, and a record's {@code TreeMap} copies it in
 * one pass ({@code TreeMap} builds from a {@link SortedMap} without comparing). Keys out of order, from a file
 * written otherwise, are sorted into a tree when first used; so is the map for anything but iteration.
 */
final class SortedEntries<K extends Comparable<K>, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

    private final List<K> keys = new ArrayList<>();
    private final List<V> values = new ArrayList<>();
    private TreeMap<K, V> tree;

    @Override
    public V put(K key, V value) {
        if (tree == null && (keys.isEmpty() || keys.get(keys.size() - 1).compareTo(key) < 0)) {
            keys.add(key);
            values.add(value);
            return null;
        }
        return tree().put(key, value);
    }

    private TreeMap<K, V> tree() {
        if (tree == null) {
            tree = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                tree.put(keys.get(i), values.get(i));
            }
            keys.clear();
            values.clear();
        }
        return tree;
    }

    @Override
    public int size() {
        return tree == null ? keys.size() : tree.size();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (tree != null) {
            return tree.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.get(i), values.get(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }

    @Override
    public Comparator<? super K> comparator() {
        return null;
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return tree().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return tree().headMap(toKey);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tree().tailMap(fromKey);
    }

    @Override
    public K firstKey() {
        return tree().firstKey();
    }

    @Override
    public K lastKey() {
        return tree().lastKey();
    }
}
