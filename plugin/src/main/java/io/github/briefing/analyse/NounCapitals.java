package io.github.briefing.analyse;

import java.util.Locale;
import java.util.Set;

/**
 * Languages that write every noun with a capital (German, Luxembourgish, Swiss German): there a capital inside a
 * sentence says "noun" (Prozess, Leben), and only other evidence says "name".
 */
final class NounCapitals {

    private static final Set<String> LANGUAGES = Set.of("de", "lb", "gsw");

    private NounCapitals() {
    }

    /** Whether the language (a code such as {@code de} or {@code de-CH}; null when unknown) capitalises nouns. */
    static boolean capitalisesNouns(String lang) {
        if (lang == null) {
            return false;
        }
        int region = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        return LANGUAGES.contains((region < 0 ? lang : lang.substring(0, region)).toLowerCase(Locale.ROOT));
    }
}
