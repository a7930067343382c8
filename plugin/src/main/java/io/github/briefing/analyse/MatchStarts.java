package io.github.briefing.analyse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in a text, as {@link Matcher#find()} gives them, for a pattern whose matches can start only at
 * characters of one range (a digit, a capital): it is tried there alone. Searching tried it at every character of
 * every text, each try a few calls into the pattern, where most characters are no such start. Lookbehinds see the
 * text before each start (transparent bounds), as they do in a search.
 */
final class MatchStarts {

    private final Matcher matcher;
    /** The text's characters: read from an array, a character costs a fraction of {@link String#charAt}'s checks. */
    private final char[] text;
    private final char first;
    private final char last;
    private int next;

    /** The matches of {@code pattern} in {@code text}, each starting at a character {@code first} to {@code last}. */
    MatchStarts(Pattern pattern, String text, char first, char last) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.text = text.toCharArray();
        this.first = first;
        this.last = last;
    }

    /** The matches of a pattern that can start only at an ASCII digit (as {@code (?=\d)} says). */
    static MatchStarts atDigits(Pattern pattern, String text) {
        return new MatchStarts(pattern, text, '0', '9');
    }

    /** Moves to the next match, as {@link Matcher#find()} does: false when there is none. */
    boolean find() {
        for (int i = next; i < text.length; i++) {
            char c = text[i];
            if (c >= first && c <= last && matcher.region(i, text.length).lookingAt()) {
                next = Math.max(matcher.end(), i + 1);
                return true;
            }
        }
        next = text.length;
        return false;
    }

    /** The matcher, at the last match found. */
    Matcher matcher() {
        return matcher;
    }
}
