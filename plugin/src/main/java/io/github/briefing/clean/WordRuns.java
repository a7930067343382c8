package io.github.briefing.clean;

/**
 * Runs of word characters in a line, exactly as the regular expression {@code \w+} with Unicode character classes
 * finds them, read in one pass without a regex engine: the headline search reads the words of every line of a page,
 * and matching them with a {@link java.util.regex.Matcher} was a good part of its cost.
 */
final class WordRuns {

    /** General categories that make a word character besides letters ({@code \w} of {@link java.util.regex.Pattern}). */
    private static final int WORD_TYPES = 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.CONNECTOR_PUNCTUATION;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** Told of each run of word characters, by its first index and the index past its end. */
    @FunctionalInterface
    interface Run {
        void found(int start, int end);
    }

    private WordRuns() {
    }

    /** Tells {@code run} of each run of word characters in the line, in order. */
    static void forEach(String line, Run run) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            int c = line.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(c);
            } while (i < n && isWordCharacter(c = line.codePointAt(i)));
            run.found(start, i);
        }
    }

    /** How many runs of word characters the line holds. */
    static int count(String line) {
        int[] count = new int[1];
        forEach(line, (start, end) -> count[0]++);
        return count[0];
    }

    /** {@code \w} with Unicode character classes: a letter, a mark, a decimal digit, a connector or a joiner. */
    static boolean isWordCharacter(int c) {
        if (c < 0x80) { // most characters: no Unicode look-up
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isAlphabetic(c) || (WORD_TYPES >> Character.getType(c) & 1) != 0
                || c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER;
    }
}
