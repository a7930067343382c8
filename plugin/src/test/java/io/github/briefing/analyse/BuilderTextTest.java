package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BuilderTextTest {

    /** Blocks of the scripts the build transliterates, Latin letters with marks, and characters past the BMP. */
    private static final int[][] RANGES = {
        {0x41, 0x7A}, {0xC0, 0x24F}, {0x300, 0x36F}, {0x391, 0x3C9}, {0x400, 0x4FF}, {0x531, 0x586}, {0x5D0, 0x5EA},
        {0x620, 0x64A}, {0x905, 0x939}, {0x981, 0x9B9}, {0xE01, 0xE3A}, {0x10D0, 0x10F0}, {0x3041, 0x3096},
        {0x30A1, 0x30FC}, {0x4E00, 0x4FFF}, {0xAC00, 0xAD00}, {0x20000, 0x200FF}, {0x1F600, 0x1F64F}, {0x20, 0x40},
    };

    @Test
    void transliteratesAsIcuDoesOnItsOwnText() {
        Transliterator[] transliterators = {
            Transliterator.getInstance("Any-Latin; Latin-ASCII"), Transliterator.getInstance("Latin-ASCII"),
            Transliterator.getInstance("Han-Latin; Latin-ASCII"), Transliterator.getInstance("Katakana-Latin; Latin-ASCII"),
            Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"),
        };
        Random random = new Random(11);
        int changed = 0;
        for (int t = 0; t < 4000; t++) {
            StringBuilder text = new StringBuilder();
            int[] range = RANGES[random.nextInt(RANGES.length)];
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                // mostly one script, as words are, now and then another
                int[] from = random.nextInt(6) == 0 ? RANGES[random.nextInt(RANGES.length)] : range;
                text.appendCodePoint(from[0] + random.nextInt(from[1] - from[0] + 1));
            }
            String word = text.toString();
            Transliterator transliterator = transliterators[t % transliterators.length];
            String expected = transliterator.transliterate(word);
            assertEquals(expected, BuilderText.transliterated(transliterator, word), word);
            changed += expected.equals(word) ? 0 : 1;
        }
        assertNotEquals(0, changed);
    }
}
