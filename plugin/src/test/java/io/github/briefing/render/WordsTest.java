package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {

    /** The rule the shortcut stands for, applied to every word. */
    private static final Pattern RULE = Pattern.compile("['\u2019]s$|['\u2019-]+$");

    @Test
    void dropsPossessivesAndTrailingMarksAndLeavesOtherWordsAlone() {
        assertEquals("Ortega", Words.withoutPossessive("Ortega's"));
        assertEquals("Jones", Words.withoutPossessive("Jones"));
        for (String word : List.of("Ortega's", "Ortega\u2019s", "Lopes'", "pre--", "x's\n", "Bus", "s", "", "1,000",
                "\u05e9\u05dc\u05d5\u05dd", "caf\u00e9", "o'clock", "rock'n'roll'")) {
            assertEquals(RULE.matcher(word).replaceAll(""), Words.withoutPossessive(word), word);
        }
    }

    @Test
    void findsTheWordsTheExpressionFinds() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[.,'\u2019-][\\p{L}\\p{M}\\p{N}]+)*");
        // letters of several scripts, marks, numbers of several kinds, the inner separators, spaces and punctuation,
        // a letter outside the BMP and a lone surrogate
        String[] pieces = {"a", "Z", "\u00e9", "\u0301", "\u05e9", "\u4e2d", "\u0e01", "\u0e31", "7", "\u0663", "\u00bd",
                "\u2167", ".", ",", "'", "\u2019", "-", " ", "\n", "!", "\"", "(", "\ud835\udc00", "\ud800", "_", "\u00a0"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group() + ":" + m.end());
            }
            List<String> found = Words.of(text.toString()).stream().map(w -> w.start() + ":" + w.text() + ":" + w.end())
                    .toList();
            assertEquals(expected, found, text.toString());
        }
    }
}
