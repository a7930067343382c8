package io.github.briefing.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function of a word, computed once per word among the words met lately. Words recur within and across articles
 * (a few thousand make up most of any text), so most calls find their word; forgetting all of them when full bounds
 * the memory without any bookkeeping per call, and the frequent words are back at once. Safe from several threads.
 */
final class WordMemo<V> {

    private final Function<String, V> function;
    private final int capacity;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    WordMemo(Function<String, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    V get(String word) {
        V known = kept.get(word);
        if (known != null) {
            return known;
        }
        V computed = function.apply(word);
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.put(word, computed);
        return computed;
    }

    /** How many words are kept now. */
    int size() {
        return kept.size();
    }
}
