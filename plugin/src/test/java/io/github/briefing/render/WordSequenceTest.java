package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSequenceTest {

    @Test
    void numbersEachDistinctWordOnceInTheOrderTheyFirstCome() {
        WordSequence text = new WordSequence(List.of("Lima and Quito, and Lima again.", "Quito"));

        assertEquals(7, text.size());
        assertEquals(4, text.distinct());
        assertEquals(List.of("Lima", "and", "Quito", "again"),
                List.of(text.text(0), text.text(1), text.text(2), text.text(3)));
        assertEquals(List.of(0, 1, 2, 1, 0, 3, 2), numbers(text));
        assertEquals("Lima", text.text(text.word(4)));
    }

    @Test
    void aWordIsSpacedOnlyAfterTheWordBeforeItInItsPartWithOneSpaceBetween() {
        WordSequence text = new WordSequence(List.of("Ana Quispe,  Lima. Peru", "Andes Daily"));

        assertFalse(text.spaced(0), "the first word");
        assertTrue(text.spaced(1));
        assertFalse(text.spaced(2), "a comma and two spaces between");
        assertFalse(text.spaced(3), "a full stop between");
        assertFalse(text.spaced(4), "the first word of the next part");
        assertTrue(text.spaced(5));
    }

    /** Against the words one by one, as {@link Words#of} finds them, over texts long enough to grow the tables. */
    @Test
    void readsTheWordsWordsFindsWhateverTheText() {
        String[] pieces = {"a", "Ba", "caf\u00e9", "\u0301", "\u4e2d\u6587", "7", "1.000", ",", "'s", "-", " ", " ",
                "  ", "\n", "!", "\ud835\udc00", "\ud800", "Aa", "BB"};
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> parts = new ArrayList<>();
            for (int p = random.nextInt(3) + 1; p > 0; p--) {
                StringBuilder part = new StringBuilder();
                for (int i = random.nextInt(400); i > 0; i--) {
                    part.append(pieces[random.nextInt(pieces.length)]);
                }
                parts.add(part.toString());
            }
            WordSequence text = new WordSequence(parts);
            List<String> expected = new ArrayList<>();
            List<Boolean> expectedSpaced = new ArrayList<>();
            Map<String, Integer> firsts = new HashMap<>();
            List<Integer> expectedNumbers = new ArrayList<>();
            for (String part : parts) {
                Words.Word before = null;
                for (Words.Word w : Words.of(part)) {
                    expected.add(w.text());
                    expectedSpaced.add(before != null && before.end() + 1 == w.start() && part.charAt(before.end()) == ' ');
                    expectedNumbers.add(firsts.computeIfAbsent(w.text(), t -> firsts.size()));
                    before = w;
                }
            }
            List<String> found = new ArrayList<>();
            List<Boolean> spaced = new ArrayList<>();
            for (int at = 0; at < text.size(); at++) {
                found.add(text.text(text.word(at)));
                spaced.add(text.spaced(at));
            }
            assertEquals(expected, found, String.join("|", parts));
            assertEquals(expectedSpaced, spaced, String.join("|", parts));
            assertEquals(expectedNumbers, numbers(text));
            assertEquals(firsts.size(), text.distinct());
        }
    }

    private static List<Integer> numbers(WordSequence text) {
        List<Integer> numbers = new ArrayList<>();
        for (int at = 0; at < text.size(); at++) {
            numbers.add(text.word(at));
        }
        return numbers;
    }
}
