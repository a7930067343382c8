package io.github.briefing.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A function of a word, computed once per word among the words met lately. Words recur within and across articles
 * (a few thousand make up most of any text), so most calls find their word; forgetting all of them when full bounds
 * the memory without any bookkeeping per call, and the frequent words are back at once. Safe from several threads.
 */
final class WordMemo {

    private final UnaryOperator<String> function;
    private final int capacity;
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    WordMemo(UnaryOperator<String> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    String get(String word) {
        String known = kept.get(word);
        if (known != null) {
            return known;
        }
        String computed = function.apply(word);
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
