package io.github.briefing.describe;

import java.util.function.Function;

/**
 * A result of work on an article's text, kept for the texts met lately: wire copies carry one text in many outlets,
 * whose pages differ around it (a dateline, a headline, the site's menus), so what is a function of the cleaned text
 * alone need not be worked out again for each copy. Only a result that depends on nothing but its key may be kept
 * here; what depends on the article's page, date or place in the corpus stays per article.
 * <p>
 * A key goes to the slot of its hash and takes the place of the key there: bounded by construction, with no lock
 * and no bookkeeping per call. The keys and values should hold what the build keeps anyway (an article's
 * paragraphs, its analysis), so that the memo adds little of its own to the heap besides its slots. Several threads
 * may share one: a key and its value are immutable, so a thread that misses what another has just kept only does
 * the work again.
 */
public final class TextMemo<K, V> {

    private record Entry<K, V>(K key, V value) {
    }

    private final Entry<K, V>[] slots;

    /** @param slots how many results are kept at most: a power of two */
    @SuppressWarnings("unchecked")
    public TextMemo(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.slots = (Entry<K, V>[]) new Entry<?, ?>[slots];
    }

    /** The value kept for a key equal to {@code key}, or {@code compute}'s value, which is kept in its place. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        int hash = key.hashCode();
        int slot = (hash ^ hash >>> 16) & (slots.length - 1);
        Entry<K, V> kept = slots[slot];
        if (kept != null && kept.key().equals(key)) {
            return kept.value();
        }
        V value = compute.apply(key);
        slots[slot] = new Entry<>(key, value);
        return value;
    }
}
