package io.github.briefing.describe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n", "word", " word", "word ", "two words", "  two\t\twords  ",
            "a\u00a0b c", "a\u2003b", "\u000Bx\fy\rz"})
    void countsAsASplitAtBlanksDoes(String line) {
        for (int atMost = 0; atMost < 5; atMost++) {
            assertEquals(Math.min(atMost + 1, line.split("\\s+").length), LineWords.count(line, atMost),
                    "'" + line + "' up to " + atMost);
        }
    }

    @Test
    void countsRandomLinesAsASplitDoes() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ab \t\n\u00a0.\u3000";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int atMost = random.nextInt(12);
            assertEquals(Math.min(atMost + 1, line.toString().split("\\s+").length),
                    LineWords.count(line.toString(), atMost), "'" + line + "'");
        }
    }
}
