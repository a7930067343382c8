package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordRunsTest {

    private static final Pattern WORD_CHARACTER = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Letters, marks, digits, joiners, spaces and punctuation of several scripts, and a character outside the BMP. */
    private static final String MIX = "aZ9_ -,.'éßİ\u0301\u0903\u20DD\u200C\u200D\u00A0\u3000語かカ한Ж\u05D0\u0627\u0663"
            + "\u0E01\u0E31\u2028\u00B2\u2163\uD840\uDC00\uD83D\uDE00";

    @Test
    void aWordCharacterIsWhatTheRegularExpressionCallsOne() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean word = WORD_CHARACTER.matcher(new String(Character.toChars(c))).matches();
            assertEquals(word, WordRuns.isWordCharacter(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theRunsAreTheMatchesOfTheRegularExpression() {
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                line.append(MIX.charAt(random.nextInt(MIX.length()))); // may split a surrogate pair: lone ones too
            }
            String text = line.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> runs = new ArrayList<>();
            WordRuns.forEach(text, (start, end) -> runs.add(start + "-" + end));
            assertEquals(expected, runs, text);
            assertEquals(expected.size(), WordRuns.count(text), text);
        }
    }
}
