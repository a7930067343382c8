package io.github.briefing.read;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinesTest {

    /** The normalisation as one regular expression over the whole text says it. */
    private static String byRegex(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        return unix.replaceAll("[ \\t\\u00A0]+\n", "\n").strip();
    }

    @Test
    void lineEndsAreUnixAndLinesLoseTheirTrailingSpace() {
        assertEquals("Headline\n\nFirst paragraph.\nSecond.", Lines.normalize(
                "  \r\nHeadline \t\r\n\u00A0\r\nFirst paragraph.\u00A0\u2028Second.  \n\n"));
        assertEquals("One line", Lines.normalize("One line"));
        assertEquals("\u00A0 Indented\nkept", Lines.normalize("\n\u00A0 Indented\nkept"));
    }

    @Test
    void randomTextsAreNormalisedAsTheRegularExpressionDoes() {
        String[] parts = {"a", "word", " ", "\t", "\u00A0", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u3000", ".", "\u001F", "\u2003", "\uD83D\uDE00", "\r\r\n"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertEquals(byRegex(text.toString()), Lines.normalize(text.toString()), text.toString());
        }
    }
}
