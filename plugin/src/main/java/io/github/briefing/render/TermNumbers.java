package io.github.briefing.render;

import io.github.briefing.memory.LastBuild;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for each search term, name key and spelling, given as the articles are read on all cores. Kept between
 * builds with each article's {@link ArticleTerms} as numbers, so that a rebuild reads numbers back instead of looking
 * the corpus's millions of words up one string at a time; a build keeps the last one's numbers and numbers only its
 * new words after them. {@link #number} is safe to call from several threads; the rest is for when none is.
 */
final class TermNumbers {

    private static final char ITEM = '\u001f';
    /** The share of the heap kept numbers may take, and about what a term costs (its string, its entry). */
    private static final int HEAP_SHARE = 16;
    private static final int BYTES_PER_TERM = 96;
    /** The numbers the last build of this process saved, held softly while they take a small share of the heap. */
    private static final LastBuild<TermNumbers> LAST_SAVED = new LastBuild<>(HEAP_SHARE);
    private final Map<String, Integer> numbers;
    private final AtomicInteger count = new AtomicInteger();
    /** Terms numbered since {@link #terms()} was last called, with their numbers (not looked up again). */
    private final Queue<Fresh> fresh = new ConcurrentLinkedQueue<>();

    private record Fresh(String term, int number) {
    }
    /** The terms by number, as of the last call to {@link #terms()}. */
    private String[] terms = new String[0];
    /** The line these numbers were read from or kept as, which holds the first {@link #kept} terms; "" for none. */
    private String keptLine = "";
    private int kept;

    TermNumbers() {
        this(16);
    }

    /** @param expected how many terms to make room for at once, rather than growing step by step */
    private TermNumbers(int expected) {
        numbers = new ConcurrentHashMap<>(expected);
    }

    /**
     * The numbers a {@link #line()} holds, as {@link #parse} reads them: the numbers themselves when this process's
     * last build saved them as that line ({@link #keepAs}), which spares reading 190,000 terms at 10,000 articles
     * again. The file is the truth: a line of another build, or none, is read as it is.
     */
    static TermNumbers saved(String line) {
        // taken, not shared (two builds at once): this build numbers its new terms after them
        TermNumbers kept = LAST_SAVED.take();
        return kept != null && line != null && line.equals(kept.keptLine) ? kept : parse(line);
    }

    /**
     * Keeps these numbers for the next build of this process, which will find them saved as {@code line}, their
     * {@link #line()}: that build's line is this one and its new terms after it.
     */
    void keepAs(String line) {
        keptLine = line;
        kept = size();
        LAST_SAVED.keep(this, (long) kept * BYTES_PER_TERM);
    }

    /** The numbers a {@link #line()} holds; null when there is none or it is damaged (a term twice). */
    static TermNumbers parse(String line) {
        if (line == null) {
            return null;
        }
        int size = (int) line.chars().filter(c -> c == ITEM).count();
        TermNumbers numbers = new TermNumbers(size);
        numbers.terms = new String[size];
        for (int at = 0; at < line.length(); ) {
            int end = line.indexOf(ITEM, at);
            if (end < 0) {
                return null;
            }
            String term = line.substring(at, end);
            int number = numbers.count.getAndIncrement();
            if (numbers.numbers.putIfAbsent(term, number) != null) {
                return null;
            }
            numbers.terms[number] = term;
            at = end + 1;
        }
        numbers.keptLine = line;
        numbers.kept = size;
        return numbers;
    }

    /** The term's number: the one it has, or the next one. */
    int number(String term) {
        Integer known = numbers.get(term); // a look-up takes no lock; only a new term does
        return known != null ? known : numbers.computeIfAbsent(term, t -> {
            int number = count.getAndIncrement();
            fresh.add(new Fresh(t, number));
            return number;
        });
    }

    /** How many terms have numbers: they run from 0 to one less. */
    int size() {
        return count.get();
    }

    /** Every term, by its number. */
    String[] terms() {
        if (terms.length < size()) {
            String[] more = Arrays.copyOf(terms, size());
            for (Fresh term = fresh.poll(); term != null; term = fresh.poll()) {
                more[term.number()] = term.term();
            }
            terms = more;
        }
        return terms;
    }

    /**
     * The terms in number order as one line: the line they were read from, and the new ones after it; null when a
     * term holds a separator (words never do).
     */
    String line() {
        StringBuilder line = new StringBuilder(keptLine);
        String[] all = terms();
        for (int number = kept; number < all.length; number++) {
            String term = all[number];
            if (term.indexOf(ITEM) >= 0 || term.indexOf('\t') >= 0 || term.indexOf('\n') >= 0) {
                return null;
            }
            line.append(term).append(ITEM);
        }
        return line.toString();
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
