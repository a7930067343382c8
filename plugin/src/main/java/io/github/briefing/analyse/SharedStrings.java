package io.github.briefing.analyse;

import java.util.function.UnaryOperator;

/**
 * One instance of each string that many articles keep (terms, name keys, anchor features): a corpus's articles
 * share most of their words, and held once each instead of once per article they cost a fraction of the memory.
 */
final class SharedStrings {

    /** Strings kept at most: some 20 MB, more distinct terms than most corpora have; forgotten all at once when full. */
    private static final WordMemo<String> KEPT = new WordMemo<>(UnaryOperator.identity(), 1 << 18);

    private SharedStrings() {
    }

    static String of(String value) {
        return KEPT.get(value);
    }
}
