package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's {@code Latin-ASCII} for words of the Latin letters European and Vietnamese texts use, a letter at a time
 * from a table, without the transliterator (names in those languages are most of the names it was asked for).
 * <p>
 * It is the same: the transform decomposes the text (NFD), drops the marks that follow a Latin letter or digit,
 * recomposes (NFC), and then replaces single characters by context-free rules (Æ → AE, ø → o), leaving ASCII as
 * it is. A Latin letter decomposes into its own base letter and marks, so each letter's marks are dropped alike
 * alone and within a word, and no base letter recomposes with the next; so a word's transform is the transforms
 * of its letters one after the other. The table holds each letter's transform alone, made by ICU itself.
 */
final class LatinLetters {

    /** The Latin-1 Supplement to Latin Extended-B and IPA, and the phonetic and additional Latin blocks. */
    private static final int END = 0x1F00;
    private static final String[] ASCII = new String[END];

    static {
        Transliterator toAscii = Transliterator.getInstance("Latin-ASCII");
        for (char c = 128; c < END; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                ASCII[c] = toAscii.transliterate(String.valueOf(c));
            }
        }
    }

    private LatinLetters() {
    }

    /** The word in ASCII, or null when it has a character outside ASCII and the table (let ICU do it). */
    static String ascii(String word) {
        StringBuilder ascii = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                ascii.append(c);
            } else if (c < END && ASCII[c] != null) {
                ascii.append(ASCII[c]);
            } else {
                return null;
            }
        }
        return ascii.toString();
    }
}
