package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/**
 * A spelling-tolerant key for a name, so that one name written in several languages and scripts meets itself:
 * Colombia ~ Kolombia, Guaidó ~ Guaido ~ Гуайдо. Other scripts are transliterated to Latin ASCII with ICU, then
 * letters that languages spell differently are folded and a trailing vowel (an inflection, often) dropped.
 */
public final class NameKey {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameKey() {
    }

    /** Any script to Latin ASCII. */
    public static String latin(String text) {
        boolean ascii = text.chars().allMatch(c -> c < 128);
        return ascii ? text : TO_LATIN.get().transliterate(text);
    }

    public static String of(String name) {
        String s = latin(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replace("ph", "f").replace("sch", "sh").replace("tsch", "ch")
                .replace('c', 'k').replace('q', 'k').replace("x", "ks").replace('z', 's')
                .replace('y', 'i').replace('j', 'i').replace('w', 'v').replace("h", "");
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                folded.append(s.charAt(i));
            }
        }
        int end = folded.length();
        while (end > 3 && "aeiou".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }
}
