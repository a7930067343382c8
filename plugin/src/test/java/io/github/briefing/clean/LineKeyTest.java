package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LineKeyTest {

    @Test
    void ignoresQuotesDashesCaseAndSpacing() {
        assertEquals(LineKey.of("The mayor's \"plan\" -- approved"), LineKey.of("The  Mayor’s “plan” — approved "));
    }

    @Test
    void keepsWords() {
        assertNotEquals(LineKey.of("The plan approved"), LineKey.of("The plan rejected"));
    }

    @Test
    void everyCharacterIsTreatedAsTheRuleSays() {
        Random random = new Random(3);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String line = "a" + (char) c + "b " + (char) c + (char) random.nextInt(Character.MAX_VALUE + 1) + " C";
            assertEquals(rule(line), LineKey.of(line), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aKeyLongerThanWantedIsNotWritten() {
        String[] parts = {"a", "B", " ", "  ", "-", "\u2014", "\"", "\u201D", "ab", "\t"};
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String key = LineKey.of(line.toString());
            int max = random.nextInt(8);
            // The line read in place, amid other characters.
            char[] around = ("Ab \u201C" + line + "\u2014 c").toCharArray();
            assertEquals(key.length() <= max ? key : null, LineKey.of(around, 4, 4 + line.length(), max, new char[around.length]),
                    line + " at most " + max);
        }
    }

    /** The rule asked of Unicode character by character, as the key must apply it. */
    private static String rule(String line) {
        StringBuilder key = new StringBuilder();
        boolean space = false;
        for (char c : line.toCharArray()) {
            int type = Character.getType(c);
            if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || c == '"' || c == '\'' || c == '`' || c == '\u00B4') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            if (type != Character.DASH_PUNCTUATION) {
                key.append(Character.toLowerCase(c));
            } else if (key.length() == 0 || key.charAt(key.length() - 1) != '-') {
                key.append('-');
            }
        }
        return key.toString();
    }
}
