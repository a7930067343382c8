package io.github.briefing.clean;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;

/**
 * Results of work on a page's text kept for one cleaner's pass, for the texts a wire copy repeats thousands of
 * articles after its original. Bounded twice: a key goes to the slot of its hash and takes the place of the key there
 * (no bookkeeping per call, no lock), and a result is kept only while the estimated memory of all kept results stays
 * within a budget, so that a corpus of distinct texts cannot fill the heap. Several threads may share one: a slot
 * changes only by a compare-and-set, which keeps the estimate exact; a thread that misses what another has just kept
 * only does the work again. Keys and values must be immutable, and a value a function of its key alone.
 */
final class BoundedMemo<K, V> {

    private record Entry<K, V>(K key, V value, long cost) {
    }

    private final AtomicReferenceArray<Entry<K, V>> slots;
    private final long budget;
    private final ToLongBiFunction<K, V> cost;
    private final AtomicLong kept = new AtomicLong();

    /**
     * @param slots  how many results are kept at most: a power of two
     * @param budget the estimated bytes of memory kept at most
     * @param cost   the estimated bytes of memory a key and its value take
     */
    BoundedMemo(int slots, long budget, ToLongBiFunction<K, V> cost) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = new AtomicReferenceArray<>(slots);
        this.budget = budget;
        this.cost = cost;
    }

    /** The value kept for a key equal to {@code key}, or {@code compute}'s value, kept in its place in the budget. */
    V get(K key, Function<? super K, ? extends V> compute) {
        int slot = slot(key);
        Entry<K, V> old = slots.get(slot);
        if (old != null && old.key().equals(key)) {
            return old.value();
        }
        V value = compute.apply(key);
        Entry<K, V> entry = new Entry<>(key, value, cost.applyAsLong(key, value));
        long more = entry.cost() - (old == null ? 0 : old.cost());
        if (kept.get() + more <= budget && slots.compareAndSet(slot, old, entry)) {
            kept.addAndGet(more);
        }
        return value;
    }

    /** The value kept for a key equal to {@code key}, or null: nothing is computed nor kept. */
    V kept(K key) {
        Entry<K, V> entry = slots.get(slot(key));
        return entry != null && entry.key().equals(key) ? entry.value() : null;
    }

    private int slot(K key) {
        int hash = key.hashCode();
        return (hash ^ hash >>> 16) & (slots.length() - 1);
    }

    /** The estimated bytes of memory the kept results take. */
    long kept() {
        return kept.get();
    }
}
