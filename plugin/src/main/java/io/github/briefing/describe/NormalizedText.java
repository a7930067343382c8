package io.github.briefing.describe;

import com.optimaize.langdetect.cybozu.util.CharNormalizer;

/**
 * A sample as Optimaize's text object holds it (a {@code TextObjectFactory} without filters or a length limit): each
 * character normalised ({@link CharNormalizer#normalize}: letters of some blocks folded to one, marks and digits to
 * a space), and a space after a space left out. The library finds each character's Unicode block by a binary search
 * over all blocks, for each character of every sample (a tenth of the describe stage); the normalised form of a
 * character depends on nothing else, so it is asked of the library once for every UTF-16 unit and kept in a table
 * (128 KB).
 */
final class NormalizedText {

    private static final char[] NORMALIZED = table();

    private NormalizedText() {
    }

    private static char[] table() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = CharNormalizer.normalize((char) c);
        }
        return table;
    }

    /** The text normalised as the library's text object does it. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = NORMALIZED[text.charAt(i)];
            if (c != ' ' || previous != ' ') {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }
}
