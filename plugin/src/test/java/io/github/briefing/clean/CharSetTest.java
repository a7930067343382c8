package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharSetTest {

    private static final String MARKS = "/|>\u203A\u00BB\n\u2029\uFFFF\u0000";

    @Test
    void holdsExactlyItsCharacters() {
        CharSet set = CharSet.of(MARKS);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(MARKS.indexOf(c) >= 0, set.contains((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void countsAndFindsTheCharactersOfALine() {
        CharSet set = CharSet.of(MARKS);
        Random random = new Random(7);
        String pool = MARKS + "ab \u00C0\u203B\u2192語";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder line = new StringBuilder();
            int expected = 0;
            for (int i = random.nextInt(12); i > 0; i--) {
                char c = pool.charAt(random.nextInt(pool.length()));
                line.append(c);
                expected += MARKS.indexOf(c) >= 0 ? 1 : 0;
            }
            assertEquals(expected, set.count(line.toString()), line.toString());
            assertEquals(expected > 0, set.any(line.toString()), line.toString());
            int end = line.length() / 2;
            assertEquals(set.count(line.substring(0, end)) > 0, set.anyBefore(line.toString(), end), line + " " + end);
        }
    }
}
