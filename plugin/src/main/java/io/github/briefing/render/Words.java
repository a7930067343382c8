package io.github.briefing.render;

import io.github.briefing.analyse.NameKey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Words of a text as the pages use them: for search, for highlighting shared anchors and for showing a name key in
 * the spelling an article used. Keys are cached per build: a corpus repeats its words many times.
 */
final class Words {

    /** A word and where it is; numbers keep their inner separators (1.000, 3,5). */
    record Word(String text, int start, int end) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean numeric() {
            return Character.isDigit(text.codePointAt(0));
        }
    }

    /** The letters, marks and numbers of Unicode, as bits by {@link Character#getType}. */
    private static final int LETTER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
    private static final int NUMBER = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;
    private static final int MARK_TYPES = 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK;
    private static final Pattern POSSESSIVE_OR_TRAILING = Pattern.compile("['\u2019]s$|['\u2019-]+$");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /**
     * The words of a text: a letter or number, then letters, marks and numbers, inner separators ({@code .,'’-})
     * each followed by more of them. Scanned by hand (the regular expression
     * {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'’-][\p{L}\p{M}\p{N}]+)*} says the same), as the search index
     * reads every article of the corpus and the expression cost it most of that.
     */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        for (int start = start(text, 0); start < text.length(); ) {
            int end = end(text, start);
            words.add(new Word(text.substring(start, end), start, end));
            start = start(text, end);
        }
        return words;
    }

    /** Where the first word at or after {@code i} starts; the text's length when none does. */
    static int start(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (is(cp, LETTER | NUMBER)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return text.length();
    }

    /** Where the word that starts at {@code start} ends. */
    static int end(String text, int start) {
        int n = text.length();
        int i = wordPart(text, start + Character.charCount(text.codePointAt(start)));
        while (i + 1 < n && separator(text.charAt(i)) && is(text.codePointAt(i + 1), LETTER | MARK_TYPES | NUMBER)) {
            i = wordPart(text, i + 1);
        }
        return i;
    }

    /** Where the letters, marks and numbers from {@code i} on end. */
    private static int wordPart(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!is(cp, LETTER | MARK_TYPES | NUMBER)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean is(int codePoint, int types) {
        return (1 << Character.getType(codePoint) & types) != 0;
    }

    private static boolean separator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '\u2019' || c == '-';
    }

    /** The spelling-tolerant key of a word, as the analyse stage keys names. */
    String key(String word) {
        return keys.computeIfAbsent(word, w -> NameKey.of(withoutPossessive(w)));
    }

    /** The word without a possessive 's or trailing apostrophes and hyphens; most words end in neither. */
    static String withoutPossessive(String word) {
        int n = word.length();
        char last = n == 0 ? ' ' : word.charAt(n - 1);
        boolean possessive = last == 's' && n > 1 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019');
        if (Character.isLetterOrDigit(last) && !possessive) {
            return word;
        }
        return POSSESSIVE_OR_TRAILING.matcher(word).replaceAll("");
    }

    /**
     * A word in lower case without accents; the search page folds a query the same way. Plain ASCII, most words,
     * has no accents to take off and decomposes into itself.
     */
    static String folded(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ascii(lower) ? lower : MARK.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** True when the folded word is plain ASCII, so that the search page can compute its key itself. */
    static boolean ascii(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
