package io.github.briefing.clean;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    private static final BreakIterator ICU = BreakIterator.getSentenceInstance(ULocale.ROOT);

    /** What ICU's iterator alone gives. */
    private static List<String> icu(String text) {
        ICU.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = ICU.first(), end = ICU.next(); end != BreakIterator.DONE; start = end, end = ICU.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }

    private static void assertAsIcu(String text) {
        assertEquals(icu(text), Sentences.of(text), text);
    }

    @Test
    void linesOfSeveralScriptsAreSplitAsIcuSplitsThem() {
        for (String text : List.of("", " ", "Harbour bridge closes for repairs",
                "The council voted on Tuesday. Repairs start in May.", "He said: \u201CWe will rebuild it.\u201D ",
                "Is it safe? Nobody knows!", "The U.S. Navy and Dr. Lee met at 3.5 km off the coast.",
                "\u5E02\u8B70\u4F1A\u306F\u6A4B\u3092\u9589\u9396\u3057\u305F\u3002\u901A\u52E4\u5BA2\u306F\u30D5\u30A7\u30EA\u30FC\u3092\u4F7F\u3046\u3002",
                "\u0647\u0644 \u0647\u0648 \u0622\u0645\u0646\u061F \u0644\u0627 \u0623\u062D\u062F \u064A\u0639\u0631\u0641.",
                "\u0928\u0926\u0940 \u092C\u0922\u093C \u0917\u0908\u0964 \u092A\u0941\u0932 \u092C\u0902\u0926 \u0939\u0948\u0964",
                "Two lines\u2028in one.", "A line \u2029 and a paragraph", "An emoji \uD83D\uDE00 ends it.",
                "It ended.) Then", "It ended. ) ", "Quoted.\u201D", "Many?!\u201D)  ", "...", "Trailing off...")) {
            assertAsIcu(text);
        }
    }

    @Test
    void aTextTakenForOneSentenceIsOneForIcuWhateverCharacterItHolds() {
        // Every character of the first 65,536 code points, inside a sentence, before its end and after it.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String text : List.of("Word " + ch + " word", "Word word" + ch, "Word word." + ch, "Word." + ch + " Word",
                    ch + "Word word.", "Word word.\u201D" + ch)) {
                if (Sentences.isOne(text)) {
                    assertEquals(1, icu(text).size(), () -> "U+" + Integer.toHexString(text.charAt(0)) + ": " + text);
                }
            }
        }
    }

    @Test
    void randomTextsOfTheMarksThatMatterAreSplitAsIcuSplitsThem() {
        String[] parts = {"a", "B", "word", "Word", "3", " ", "  ", ".", "?", "!", "\u2026", "\u3002", "\"", "\u201D",
                "\u201C", ")", "(", "'", ",", ":", "\u00A0", "\u0301", "\u200D", "\u0964", "\uD83D\uDE00"};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertAsIcu(text.toString());
        }
    }

    @Test
    void onlyTextsWithoutABreakInsideAreOneByTheirCharacters() {
        assertTrue(Sentences.isOne("Harbour bridge closes for repairs"));
        assertTrue(Sentences.isOne("The bridge closes for repairs.\u201D  "));
        assertTrue(Sentences.isOne("Is it safe?!"));
        assertFalse(Sentences.isOne("The bridge closes. Repairs start in May."));
        assertFalse(Sentences.isOne("It closed. ) "), "a bracket after the space past a stop opens a sentence");
        assertFalse(Sentences.isOne("Two lines\u2028in one"));
    }
}
