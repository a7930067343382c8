package io.github.briefing.match;

import io.github.briefing.analyse.Spelling;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterRunsTest {

    /** The runs of a text as the match stage sees it: spelled in Latin letters, then cut. */
    private static Map<String, Integer> runs(String text) {
        return named(Spelling.words(text));
    }

    /** The runs of words in Latin letters, by name. */
    private static Map<String, Integer> named(String words) {
        LetterRuns runs = LetterRuns.of(words);
        Map<String, Integer> named = new HashMap<>();
        for (int k = 0; k < runs.codes().length; k++) {
            named.put(LetterRuns.name(runs.codes()[k]), runs.counts()[k]);
        }
        return named;
    }

    @Test
    void cognatesShareRunsAcrossLanguagesAndScripts() {
        Set<String> english = runs("president").keySet();
        for (String word : new String[] {"presidente", "Präsident", "Президент", "prezydent"}) {
            assertTrue(shared(english, runs(word).keySet()) >= 3, word + " " + runs(word));
        }
        assertEquals(0, shared(english, runs("Regierung").keySet()));
    }

    @Test
    void inflectedFormsOfOneWordShareTheirStem() {
        // Turkish and Polish case endings, Greek declension.
        assertTrue(shared(runs("İstanbul").keySet(), runs("İstanbul'da").keySet()) >= 5);
        assertTrue(shared(runs("Warszawa").keySet(), runs("Warszawie").keySet()) >= 4);
        assertTrue(shared(runs("Αθήνα").keySet(), runs("Αθήνας").keySet()) >= 3);
    }

    @Test
    void eachWordsStartAndEndAreMarked() {
        assertEquals(Set.of(" vul", "vulk", "ulka", "lkan", "kan "), named("vulkan").keySet());
        assertEquals(Set.of(" lav", "lava", "ava ", " ash", "ash "), named("lava ash").keySet());
    }

    @Test
    void repeatedRunsAreCountedAndNoWordsMakeNoRuns() {
        assertEquals(2, named("flood flood").get("floo"));
        assertTrue(named("").isEmpty());
    }

    @Test
    void codesAreInOrderAndNameTheirRuns() {
        LetterRuns runs = LetterRuns.of("zulu 2024");
        for (int k = 1; k < runs.codes().length; k++) {
            assertTrue(runs.codes()[k - 1] < runs.codes()[k]);
        }
        assertTrue(java.util.Arrays.stream(runs.codes()).allMatch(code -> code >= 0 && code < LetterRuns.CODES));
        assertEquals(Set.of(" zul", "zulu", "ulu ", " 202", "2024", "024 "), named("zulu 2024").keySet());
    }

    @Test
    void anythingButLatinLettersDigitsAndSpacesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LetterRuns.of("straße"));
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }
}
