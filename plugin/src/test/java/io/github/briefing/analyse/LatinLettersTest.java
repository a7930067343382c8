package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LatinLettersTest {

    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

    @Test
    void everyLatinLetterInAWordGivesWhatTheTransliteratorGives() {
        List<Character> letters = new ArrayList<>();
        for (char c = 128; c < 0x2000; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                letters.add(c);
            }
        }
        for (int i = 0; i < letters.size(); i++) {
            char letter = letters.get(i);
            char next = letters.get((i + 1) % letters.size());
            char other = letters.get((i * 31 + 7) % letters.size());
            for (String word : List.of("" + letter, "a" + letter + "b", letter + "" + next + other, "Z" + other + letter)) {
                assertEquals(LATIN_ASCII.transliterate(word), LatinLetters.ascii(word), word);
            }
        }
    }

    @Test
    void wordsOfOtherScriptsOrWithLooseMarksAreLeftToTheTransliterator() {
        assertNull(LatinLetters.ascii("Гуайдо"));
        assertNull(LatinLetters.ascii("Trump\u30C8"));
        assertNull(LatinLetters.ascii("Guaido\u0301"));
    }

    @Test
    void aWordOfAsciiAndAccentedLettersLosesOnlyItsAccents() {
        assertEquals("Guaido", LatinLetters.ascii("Guaidó"));
        assertEquals("Schroder", LatinLetters.ascii("Schröder"));
    }
}
