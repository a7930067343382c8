package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeyTest {

    @Test
    void oneNameInSeveralSpellingsAndScriptsHasOneKey() {
        assertEquals(NameKey.of("Guaido"), NameKey.of("Guaidó"));
        assertEquals(NameKey.of("Guaido"), NameKey.of("Гуайдо"));
        assertEquals(NameKey.of("Colombia"), NameKey.of("Kolombia"));
        assertEquals(NameKey.of("Schröder"), NameKey.of("Shroder"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Madrid"), NameKey.of("Maduro"));
        assertNotEquals(NameKey.of("Berlin"), NameKey.of("Bern"));
    }

    @Test
    void skeletonsMeetAcrossASyllabary() {
        assertEquals(NameKey.skeleton("Trump"), NameKey.skeleton("トランプ"));
        assertEquals(NameKey.skeleton("Biden"), NameKey.skeleton("バイデン"));
        assertEquals(NameKey.skeleton("Johnson"), NameKey.skeleton("ジョンソン"));
        assertNotEquals(NameKey.skeleton("Trump"), NameKey.skeleton("Biden"));
    }

    @Test
    void tooShortASkeletonIsNone() {
        assertEquals("", NameKey.skeleton("Abe"));
    }

    @Test
    void foldingSpellsSoundsOneWay() {
        assertEquals("svars", NameKey.foldLetters("schwarz"));
        assertEquals("filipp", NameKey.foldLetters("philipp"));
        assertEquals("tsekov", NameKey.foldLetters("tschechow"));
        assertEquals("aleksandr", NameKey.foldLetters("alexandr"));
        assertEquals("ioanas", NameKey.foldLetters("joana's"));
    }

    /** The rules read in one pass give what applying each through the word in turn gives, on any letters. */
    @Test
    void foldingInOnePassIsTheRulesAppliedInTurn() {
        Random random = new Random(7);
        String alphabet = "aschptxzyjwqk- ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(inTurn(word.toString()), NameKey.foldLetters(word.toString()), word.toString());
        }
    }

    private static String inTurn(String lower) {
        return lower.replaceAll("[^a-z]", "").replace("ph", "f").replace("sch", "sh").replace("tsch", "ch")
                .replace('c', 'k').replace('q', 'k').replace("x", "ks").replace('z', 's')
                .replace('y', 'i').replace('j', 'i').replace('w', 'v').replace("h", "");
    }
}
