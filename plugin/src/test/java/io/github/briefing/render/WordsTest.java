package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
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
}
