package io.github.briefing.describe;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** How many letters of a text each script has: the cheap first step of naming its language. */
record ScriptShare(Map<UnicodeScript, Integer> counts, int letters) {

    /** Kana in a text with Han characters makes it Japanese, even a little of it. */
    private static final double KANA_FOR_JAPANESE = 0.05;

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    static ScriptShare of(String text) {
        // Counted by the script's ordinal, and an ASCII letter known to be Latin without a look-up: a script is
        // found by a binary search of Unicode's ranges, and a map's count boxed, for every letter of a 2,000-letter
        // sample.
        int[] byScript = new int[SCRIPTS.length];
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                    byScript[UnicodeScript.LATIN.ordinal()]++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                byScript[UnicodeScript.of(c).ordinal()]++;
            }
        }
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int k = 0; k < byScript.length; k++) {
            if (byScript[k] > 0) {
                counts.put(SCRIPTS[k], byScript[k]);
            }
        }
        return new ScriptShare(counts, letters);
    }

    private int count(UnicodeScript script) {
        return counts.getOrDefault(script, 0);
    }

    UnicodeScript dominant() {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UnicodeScript.COMMON);
    }

    /** The language a script settles on its own, or null when the letters' n-grams must decide. */
    String language() {
        int kana = count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
        int han = count(UnicodeScript.HAN);
        if (kana + han > letters / 2) {
            return kana >= (kana + han) * KANA_FOR_JAPANESE ? "ja" : "zh";
        }
        return switch (dominant()) {
            case HANGUL -> "ko";
            case THAI -> "th";
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case SINHALA -> "si";
            case KHMER -> "km";
            case LAO -> "lo";
            case MYANMAR -> "my";
            case ETHIOPIC -> "am";
            default -> null;
        };
    }
}
