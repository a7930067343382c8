package io.github.briefing.describe;

/**
 * How many words a line has, as {@code line.split("\\s+")} counts them (a leading blank counts as one, a line of
 * blanks has none, an empty line one), without splitting it: most lines tested are a body's long paragraphs, and
 * the count stops once it passes the length that matters.
 */
final class LineWords {

    private LineWords() {
    }

    /** The count, or {@code atMost + 1} when the line has more words than {@code atMost}. */
    static int count(String line, int atMost) {
        if (line.isEmpty()) {
            return Math.min(1, atMost + 1);
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && words <= atMost; i++) {
            boolean blank = isBlank(line.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        int leading = words > 0 && isBlank(line.charAt(0)) ? 1 : 0;
        return Math.min(atMost + 1, words + leading);
    }

    /** What {@code \s} matches. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
