package io.github.briefing.group;

import io.github.briefing.analyse.LeadFigure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what a figure counts, cut to stems so that two wordings of one count meet ("Venezuelan
 * soldiers" and "soldiers from Venezuela"; "кораблей" and "корабля"). Two readings whose stems meet count the same
 * thing; "15 days of protests" and "219 ships" do not, however related their articles.
 */
final class CountedWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Pattern UNSPACED = Pattern.compile(LeadFigure.UNSPACED);
    /** Shorter words are mostly articles and prepositions ("the", "of", "de", "и"). */
    private static final int MIN_LETTERS = 4;
    /** Letters kept of a word: enough to tell words apart, few enough to join their inflections. */
    private static final int STEM = 5;
    /** In scripts written without spaces a run of letters is a phrase: its first characters are the counter. */
    private static final int UNSPACED_STEM = 2;

    private CountedWords() {
    }

    static Set<String> stems(String counts) {
        Set<String> stems = new HashSet<>();
        if (counts == null) {
            return stems;
        }
        Matcher word = WORD.matcher(counts.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (UNSPACED.matcher(w).lookingAt()) {
                stems.add(prefix(w, UNSPACED_STEM));
            } else if (w.codePointCount(0, w.length()) >= MIN_LETTERS) {
                stems.add(prefix(w, STEM));
            }
        }
        return stems;
    }

    private static String prefix(String word, int codePoints) {
        return word.substring(0, word.offsetByCodePoints(0, Math.min(codePoints, word.codePointCount(0, word.length()))));
    }
}
