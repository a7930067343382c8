package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.List;

/**
 * The script each article is written in, so that a pair across scripts can be told from a pair within one: names
 * written in kanji share nothing with their Latin spelling, while Cyrillic and Latin names transliterate.
 */
final class Scripts {

    private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();

    /** Letters enough to tell the script of a text. */
    private static final int SAMPLE = 200;

    private Scripts() {
    }

    /** Each article's script, read in its paragraphs as they come: its body is not joined to read 200 letters. */
    static Character.UnicodeScript[] of(List<AnalysedArticle> articles) {
        return articles.parallelStream().map(a -> ofTexts(a.article().paragraphs()))
                .toArray(Character.UnicodeScript[]::new);
    }

    /** The script of most of a text's first letters; Japanese kana count as Han, as they are written together. */
    static Character.UnicodeScript of(String text) {
        return ofTexts(List.of(text));
    }

    /** The script of most of the first letters of texts read one after another. */
    private static Character.UnicodeScript ofTexts(List<String> texts) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        int letters = 0;
        for (String text : texts) {
            for (int k = 0; k < text.length() && letters < SAMPLE; ) {
                int c = text.codePointAt(k);
                k += Character.charCount(c);
                if (Character.isLetter(c)) {
                    // An ASCII letter is Latin: no search of Unicode's script table for most letters.
                    counts[c < 0x80 ? LATIN : group(Character.UnicodeScript.of(c)).ordinal()]++;
                    letters++;
                }
            }
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            best = counts[s] > counts[best] ? s : best;
        }
        return Character.UnicodeScript.values()[best];
    }

    private static Character.UnicodeScript group(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                ? Character.UnicodeScript.HAN : script;
    }
}
