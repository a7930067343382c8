package io.github.briefing.analyse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Languages that write every noun with a capital (German, Luxembourgish): there a capital inside a sentence says
 * "noun" (Prozess, Leben), and only other evidence says "name" ({@link NameRuns}). Each with its articles and the
 * prepositions joined with one, which stand before nouns and seldom before a person's name.
 */
final class NounCapitals {

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "im", "am", "ans", "aufs", "beim", "ins", "vom", "zum", "zur");
    private static final Map<String, Set<String>> DETERMINERS = Map.of("de", GERMAN, "gsw", GERMAN,
            "lb", Set.of("de", "den", "der", "dem", "dat", "en", "eng", "engem", "enger", "am", "um", "vum",
                    "zum", "zur", "beim"));

    private NounCapitals() {
    }

    /**
     * The articles of a language that capitalises nouns (a code such as {@code de} or {@code de-CH}; null when
     * unknown), or null when the language capitalises names only.
     */
    static Set<String> determiners(String lang) {
        if (lang == null) {
            return null;
        }
        int region = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        return DETERMINERS.get((region < 0 ? lang : lang.substring(0, region)).toLowerCase(Locale.ROOT));
    }

    static boolean capitalisesNouns(String lang) {
        return determiners(lang) != null;
    }
}
