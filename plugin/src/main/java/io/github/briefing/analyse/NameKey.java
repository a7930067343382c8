package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-tolerant keys for a name, so that one name written in several languages and scripts meets itself.
 * The key folds letters that languages spell differently and drops a trailing vowel (often an inflection):
 * Colombia ~ Kolombia, Guaidó ~ Guaido ~ Гуайдо. The skeleton goes further, for names that passed through a
 * syllabary (Japanese katakana adds vowels and has no l/r or m/n distinction): consonants only, so Trump ~ トランプ
 * (toranpu) and Biden ~ バイデン (baiden) meet.
 */
public final class NameKey {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    /** Latin text needs only its accents taken off, which is many times faster than detecting scripts. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    /** Words kept per memo: some 15 MB each at most, more words than most corpora use. */
    private static final int MEMO = 1 << 17;
    /** Names recur within and across articles; transliteration is the slow part, so each is done once. */
    private static final WordMemo<String> LATIN = new WordMemo<>(NameKey::transliterated, MEMO);
    /**
     * Every capitalised word is tried as a place and a name, and phrases as places: each is keyed once. A word's
     * skeleton and spelling are asked once per word by {@link WordFacts}, itself a memo, so they are not kept here:
     * a look-up and an insert in a table of their own cost more than folding a word once more.
     */
    private static final WordMemo<String> KEYS = new WordMemo<>(NameKey::key, MEMO);
    /** Fewer consonants than this leave too little to tell names apart. */
    static final int MIN_SKELETON = 3;

    private NameKey() {
    }

    /** Any script to Latin ASCII. */
    public static String latin(String text) {
        if (isAscii(text)) {
            return text;
        }
        String ascii = LatinLetters.ascii(text);
        return ascii != null ? ascii : LATIN.get(text);
    }

    private static String transliterated(String text) {
        return BuilderText.transliterated((isLatin(text) ? TO_ASCII : TO_LATIN).get(), text);
    }

    public static String of(String name) {
        return KEYS.get(name);
    }

    /**
     * The key of a word of an article's plain text ({@link PlainKeys}, the search index's terms), without the memo:
     * most such words are not capitalised words, which the memo is for, and would push those out of it.
     */
    public static String ofPlain(String word) {
        return key(word);
    }

    /**
     * The key of a phrase tried as a place (words joined, or a word with its possessive), without the memo: most
     * such phrases (any capitalised word and the next) are met once, and kept they pushed the words out of it.
     */
    static String ofPhrase(String phrase) {
        return key(phrase);
    }

    private static String key(String name) {
        String folded = collapse(fold(name));
        int end = folded.length();
        while (end > 3 && "aeiou".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }

    /** The consonants of a name, with those that syllabaries merge made one; empty when too short to say much. */
    public static String skeleton(String name) {
        String folded = fold(name);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                kept.append(c == 'l' ? 'r' : c == 'm' ? 'n' : c == 'v' ? 'b' : c);
            }
        }
        String s = collapse(kept.toString());
        return s.length() >= MIN_SKELETON ? s : "";
    }

    /**
     * A word of the Latin script spelled like {@link #of} spells names, without the cost of transliteration
     * (accents taken off by decomposition): economy ~ ekonomi, inflation ~ inflasi share their first letters. Words
     * of other scripts are only lower-cased.
     */
    static String spelling(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = isAscii(lower);
        if (!ascii && !isLatin(lower)) {
            return lower;
        }
        // ASCII decomposes into itself; folding keeps the letters a-z alone, so the marks decomposition sets apart
        // go with the rest (no pattern to take them off first)
        String folded = foldLetters(ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD));
        return folded.isEmpty() ? lower : folded;
    }

    /** Whether every letter of a text outside ASCII is of the Latin script. */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 128 && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String name) {
        return foldLetters(latin(name).toLowerCase(Locale.ROOT));
    }

    /**
     * The letters a-z of a lowercase word, with ph as f, sch as s, c and q as k, x as ks, z as s, y and j as i, w as
     * v, and h dropped. In one pass: no two of ph and sch can overlap or make one another, so reading them at each
     * letter gives what replacing each through the word in turn gives, and a word is folded without a string per
     * rule (this runs for every new word of a build).
     */
    static String foldLetters(String lower) {
        char[] letters = new char[lower.length()];
        int n = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters[n++] = c;
            }
        }
        StringBuilder folded = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            char c = letters[i];
            if (c == 'p' && i + 1 < n && letters[i + 1] == 'h') {
                folded.append('f');
                i++;
            } else if (c == 's' && i + 2 < n && letters[i + 1] == 'c' && letters[i + 2] == 'h') {
                folded.append('s');
                i += 2;
            } else {
                switch (c) {
                    case 'c', 'q' -> folded.append('k');
                    case 'x' -> folded.append("ks");
                    case 'z' -> folded.append('s');
                    case 'y', 'j' -> folded.append('i');
                    case 'w' -> folded.append('v');
                    case 'h' -> { }
                    default -> folded.append(c);
                }
            }
        }
        return folded.toString();
    }

    private static String collapse(String s) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                folded.append(s.charAt(i));
            }
        }
        return folded.toString();
    }
}
