package io.github.briefing.render;

import io.github.briefing.analyse.NameKey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[.,'\u2019-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern POSSESSIVE_OR_TRAILING = Pattern.compile("['\u2019]s$|['\u2019-]+$");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
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

    /** A word in lower case without accents; the search page folds a query the same way. */
    static String folded(String word) {
        return MARK.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** True when the folded word is plain ASCII, so that the search page can compute its key itself. */
    static boolean ascii(String folded) {
        return folded.chars().allMatch(c -> c < 128);
    }
}
