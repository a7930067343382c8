package io.github.briefing.match;

import com.ibm.icu.text.Transliterator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A text as the runs of letters its words are spelled with, in Latin letters: every word of four letters or more,
 * transliterated (ICU {@code Any-Latin; Latin-ASCII}) and cut into overlapping four-letter runs, its start and end
 * marked. Words that share a root share runs whatever their endings and whatever the language: presidente,
 * president and Präsident share " pre", "pres", "resi", "side"; Turkish and Polish endings, Arabic prefixes and
 * Cyrillic spellings of one name meet where whole words or five-letter stems would not.
 */
final class Spelling {

    /** Letters per run: three are shared by chance by unrelated words, five miss short roots. */
    static final int RUN = 4;
    /** Shorter words are mostly function words (the, der, и, في) and say nothing about a story. */
    static final int MIN_WORD = 4;

    /**
     * Transliteration costs 15-100 microseconds a word, and words recur from article to article: each word is
     * transliterated once, up to this many distinct words (a few tens of megabytes).
     */
    static final int CACHED_WORDS = 200_000;
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();
    /** A transliterator per script and thread: naming the script is several times faster than {@code Any-Latin}. */
    private static final ThreadLocal<Map<Character.UnicodeScript, Transliterator>> TO_LATIN =
            ThreadLocal.withInitial(() -> new EnumMap<>(Character.UnicodeScript.class));

    private Spelling() {
    }

    /** Each run of the text's words with how often it occurs. */
    static Map<String, Integer> runs(String text) {
        Map<String, Integer> runs = new HashMap<>();
        int start = -1;
        for (int k = 0; k <= text.length(); ) {
            int c = k < text.length() ? text.codePointAt(k) : ' ';
            boolean inWord = Character.isLetterOrDigit(c);
            if (inWord && start < 0) {
                start = k;
            } else if (!inWord && start >= 0) {
                addWord(text.substring(start, k), runs);
                start = -1;
            }
            k += Character.charCount(c);
        }
        return runs;
    }

    private static void addWord(String word, Map<String, Integer> runs) {
        boolean ascii = word.chars().allMatch(c -> c < 128);
        if (ascii && word.length() < MIN_WORD) {
            return;
        }
        String latin = (ascii ? word : latin(word)).toLowerCase(Locale.ROOT);
        // Transliteration may turn one token into several words (Chinese runs become syllables); an ASCII word is one.
        for (String part : ascii ? new String[] {latin} : NOT_ALPHANUMERIC.split(latin)) {
            if (part.length() >= MIN_WORD) {
                String marked = " " + part + " ";
                for (int k = 0; k + RUN <= marked.length(); k++) {
                    runs.merge(marked.substring(k, k + RUN), 1, Integer::sum);
                }
            }
        }
    }

    private static String latin(String word) {
        String cached = LATIN.get(word);
        if (cached == null) {
            cached = transliterator(word).transliterate(word);
            if (LATIN.size() < CACHED_WORDS) {
                LATIN.put(word, cached);
            }
        }
        return cached;
    }

    /** The transliterator for the script of the word's first letter outside ASCII; any script for a mixed word. */
    private static Transliterator transliterator(String word) {
        Character.UnicodeScript script = word.codePoints().filter(c -> c >= 128).mapToObj(Character.UnicodeScript::of)
                .findFirst().orElse(Character.UnicodeScript.LATIN);
        boolean oneScript = word.codePoints().allMatch(c -> c < 128 || Character.UnicodeScript.of(c) == script
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON);
        return TO_LATIN.get().computeIfAbsent(oneScript ? script : Character.UnicodeScript.UNKNOWN, s -> {
            String id = s == Character.UnicodeScript.LATIN ? "Latin-ASCII" : s.name() + "-Latin; Latin-ASCII";
            try {
                return Transliterator.getInstance(id);
            } catch (IllegalArgumentException unknown) { // ICU has no such script-to-Latin rules
                return Transliterator.getInstance("Any-Latin; Latin-ASCII");
            }
        });
    }
}
