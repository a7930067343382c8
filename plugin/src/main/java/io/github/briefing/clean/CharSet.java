package io.github.briefing.clean;

import java.util.function.IntPredicate;

/**
 * Characters looked for in every character of a line (line breaks, a breadcrumb's separators, arrows, chevrons, the
 * marks that may end a sentence), held as one bit per character: one array read per character, where
 * {@code String.indexOf} on a string of the marks ran a loop for each, and a Unicode property a look-up.
 */
final class CharSet {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    private CharSet() {
    }

    /** The set of the characters of {@code chars}. */
    static CharSet of(String chars) {
        CharSet set = new CharSet();
        chars.chars().forEach(set::add);
        return set;
    }

    /** The set of the characters (UTF-16 units) that {@code test} holds for. */
    static CharSet where(IntPredicate test) {
        CharSet set = new CharSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (test.test(c)) {
                set.add(c);
            }
        }
        return set;
    }

    private void add(int c) {
        bits[c / Long.SIZE] |= 1L << c;
    }

    boolean contains(char c) {
        return (bits[c / Long.SIZE] >>> c & 1) != 0;
    }

    /** How many characters of {@code s} are in the set. */
    int count(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (contains(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Whether any character of {@code s} is in the set. */
    boolean any(String s) {
        return anyBefore(s, s.length());
    }

    /** Whether any of the first {@code end} characters of {@code s} (all, when it is shorter) is in the set. */
    boolean anyBefore(String s, int end) {
        for (int i = 0; i < Math.min(end, s.length()); i++) {
            if (contains(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
