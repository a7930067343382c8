package io.github.briefing.clean;

/**
 * A few characters looked for in every character of a line (line breaks, a breadcrumb's separators, arrows,
 * chevrons), held as one bit per character: one array read per character, where {@code String.indexOf} on a string of
 * the marks ran a loop for each.
 */
final class CharSet {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    private CharSet(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c / Long.SIZE] |= 1L << c;
        }
    }

    /** The set of the characters of {@code chars}. */
    static CharSet of(String chars) {
        return new CharSet(chars);
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
        for (int i = 0; i < s.length(); i++) {
            if (contains(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
