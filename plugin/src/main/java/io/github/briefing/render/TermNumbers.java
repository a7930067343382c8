package io.github.briefing.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for each search term, name key and spelling, given as the articles are read on all cores. Kept between
 * builds with each article's {@link ArticleTerms} as numbers, so that a rebuild reads numbers back instead of looking
 * the corpus's millions of words up one string at a time; a build keeps the last one's numbers and numbers only its
 * new words after them. Safe to use from several threads.
 */
final class TermNumbers {

    private static final char ITEM = '\u001f';
    private final Map<String, Integer> numbers;
    private final AtomicInteger count = new AtomicInteger();

    TermNumbers() {
        this(16);
    }

    /** @param expected how many terms to make room for at once, rather than growing step by step */
    private TermNumbers(int expected) {
        numbers = new ConcurrentHashMap<>(expected);
    }

    /** The numbers a {@link #line()} holds; null when there is none or it is damaged (a term twice). */
    static TermNumbers parse(String line) {
        if (line == null) {
            return null;
        }
        TermNumbers kept = new TermNumbers((int) line.chars().filter(c -> c == ITEM).count());
        for (int at = 0; at < line.length(); ) {
            int end = line.indexOf(ITEM, at);
            if (end < 0 || kept.numbers.putIfAbsent(line.substring(at, end), kept.count.getAndIncrement()) != null) {
                return null;
            }
            at = end + 1;
        }
        return kept;
    }

    /** The term's number: the one it has, or the next one. */
    int number(String term) {
        Integer known = numbers.get(term); // a look-up takes no lock; only a new term does
        return known != null ? known : numbers.computeIfAbsent(term, t -> count.getAndIncrement());
    }

    /** How many terms have numbers: they run from 0 to one less. */
    int size() {
        return count.get();
    }

    /** Every term, by its number. */
    String[] terms() {
        String[] terms = new String[size()];
        numbers.forEach((term, number) -> terms[number] = term);
        return terms;
    }

    /** The terms in number order as one line; null when a term holds a separator (words never do). */
    String line() {
        StringBuilder line = new StringBuilder();
        for (String term : terms()) {
            if (term.indexOf(ITEM) >= 0 || term.indexOf('\t') >= 0 || term.indexOf('\n') >= 0) {
                return null;
            }
            line.append(term).append(ITEM);
        }
        return line.toString();
    }

    /** Each term and its number, in name order. */
    List<Map.Entry<String, Integer>> inNameOrder() {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(numbers.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        return sorted;
    }

    /**
     * Only the terms {@code used} marks, numbered again from 0 in their order; {@code renumbered} receives each
     * term's new number, or -1 when it is dropped.
     */
    TermNumbers only(BitSet used, int[] renumbered) {
        TermNumbers kept = new TermNumbers(used.cardinality());
        String[] terms = terms();
        for (int n = 0; n < terms.length; n++) {
            renumbered[n] = used.get(n) ? kept.number(terms[n]) : -1;
        }
        return kept;
    }
}
