package io.github.briefing.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Values computed once for each key that several items share, where every item's key is known in advance: copies of
 * a wire story carry one body, which need be read only once for all of them. A value is kept only for a key that
 * more than one item has, and only until the last of them asked for it, so a corpus of distinct texts keeps nothing.
 * Safe to use from several threads; a value asked for by two at once is computed by one of them.
 */
final class CountedMemo<K, V> {

    private final Map<K, Entry<V>> shared = new ConcurrentHashMap<>();

    private static final class Entry<V> {
        private final AtomicInteger left;
        private V value;

        private Entry(int items) {
            left = new AtomicInteger(items);
        }
    }

    /** @param keys every item's key, one per item that will ask */
    CountedMemo(Collection<K> keys) {
        Map<K, Integer> counts = new HashMap<>(2 * keys.size());
        keys.forEach(key -> counts.merge(key, 1, Integer::sum));
        counts.forEach((key, count) -> {
            if (count > 1) {
                shared.put(key, new Entry<>(count));
            }
        });
    }

    /** The value for one item's key: computed by {@code compute}, or as it was for an item before with that key. */
    V get(K key, Function<K, V> compute) {
        Entry<V> entry = shared.get(key);
        if (entry == null) {
            return compute.apply(key);
        }
        V value;
        synchronized (entry) {
            if (entry.value == null) {
                entry.value = compute.apply(key);
            }
            value = entry.value;
        }
        if (entry.left.decrementAndGet() == 0) {
            shared.remove(key);
        }
        return value;
    }

    /** How many keys hold, or will hold, a value (for tests). */
    int kept() {
        return shared.size();
    }
}
