package io.github.briefing.analyse;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The {@link NameKey keys} of the words an article in a language that capitalises only names writes without making
 * them names: in lower case ("details"), or capitalised only where a sentence opens. Against the articles that write
 * a key as a name, they tell a name from a common word that a title-case headline or a stray capital wrote as one
 * ({@link NounNames}). Read from what the article keeps: its terms, and the words of its headline and first
 * paragraph ({@link Spelling}). A term is a word's first {@link WordFacts#TERM_PREFIX} letters, so only a shorter
 * term is a whole word and has one key ("instead" and "Instagram" share theirs); the headline and first paragraph
 * give longer words whole. Only words of the Latin script count, those whose term the article has: words
 * transliterated from a script without capitals say nothing of names.
 */
final class PlainKeys {

    private PlainKeys() {
    }

    /**
     * The keys among those {@code wanted} that the article writes plainly.
     *
     * @param keyOf a word's key ({@link NameKey#ofPlain}, or a memo of it)
     */
    static Set<String> of(AnalysedArticle a, Predicate<String> wanted, UnaryOperator<String> keyOf) {
        Set<String> keys = new HashSet<>();
        a.terms().forEach((term, count) -> {
            if (term.length() < WordFacts.TERM_PREFIX && isLowerAscii(term)) {
                String key = keyOf.apply(term);
                if (wanted.test(key)) {
                    keys.add(key);
                }
            }
        });
        add(a.spelling().headline(), a, wanted, keyOf, keys);
        add(a.spelling().lead(), a, wanted, keyOf, keys);
        keys.removeAll(a.anchors().names());
        return keys;
    }

    /** Adds the keys of the words of a spelling (words between single spaces) whose terms the article has. */
    private static void add(String spelling, AnalysedArticle a, Predicate<String> wanted, UnaryOperator<String> keyOf,
                            Set<String> keys) {
        for (int start = 0; start < spelling.length(); ) {
            int end = spelling.indexOf(' ', start);
            end = end < 0 ? spelling.length() : end;
            String word = spelling.substring(start, end);
            String key = keyOf.apply(word);
            if (wanted.test(key) && a.terms().containsKey(WordFacts.term(word))) {
                keys.add(key);
            }
            start = end + 1;
        }
    }

    private static boolean isLowerAscii(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) < 'a' || term.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
