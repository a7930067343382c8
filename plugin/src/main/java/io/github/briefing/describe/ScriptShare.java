package io.github.briefing.describe;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** How many letters of a text each script has: the cheap first step of naming its language. */
record ScriptShare(Map<UnicodeScript, Integer> counts, int letters) {

    /** Kana in a text with Han characters makes it Japanese, even a little of it. */
    private static final double KANA_FOR_JAPANESE = 0.05;

    static ScriptShare of(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
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
