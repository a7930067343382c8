package io.github.briefing.analyse;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of an article in a language that capitalises every noun, as its own text shows them: a name stands beside
 * another capitalised word inside a sentence ("Olaf Scholz", "Europäische Union"), where a noun stands beside
 * lower-case articles, adjectives and verbs. A run that follows a number is a measure ("2,5 Millionen Euro"), not a
 * name. Fed the article's name candidates and number readings in reading order.
 */
final class NameRuns {

    private final String text;
    private final List<int[]> spans;
    private final Set<String> named = new HashSet<>();
    /** The words of the last number read in words, [from, end). */
    private int numberFrom = -1;
    private int numberEnd = -1;
    private int last = -2;
    private String lastKey;
    /** Whether the run of candidates that ends at {@code last} began after a number. */
    private boolean measure;

    /** @param spans the text's words ({start, end}), which the candidates' positions index */
    NameRuns(String text, List<int[]> spans) {
        this.text = text;
        this.spans = spans;
    }

    /** Words {@code from} to {@code end} (exclusive) spell a number. */
    void number(int from, int end) {
        numberFrom = from;
        numberEnd = end;
    }

    /** Word {@code t}, of name key {@code key}, is capitalised inside a sentence. */
    void candidate(int t, String key) {
        boolean joined = t == last + 1 && text.startsWith(" ", spans.get(last)[1])
                && spans.get(last)[1] + 1 == spans.get(t)[0];
        if (!joined) {
            measure = inNumber(t) || afterDigit(spans.get(t)[0]);
        } else if (!measure && !inNumber(t)) {
            named.add(lastKey);
            named.add(key);
        }
        last = t;
        lastKey = key;
    }

    /** The candidates' keys the text does not show to be names, in the order given. */
    Set<String> unnamed(Set<String> candidates) {
        Set<String> unnamed = new LinkedHashSet<>(candidates);
        unnamed.removeAll(named);
        return unnamed;
    }

    private boolean inNumber(int t) {
        return t >= numberFrom && t < numberEnd;
    }

    private boolean afterDigit(int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isDigit(c);
            }
        }
        return false;
    }
}
