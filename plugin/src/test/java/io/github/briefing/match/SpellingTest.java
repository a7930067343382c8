package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellingTest {

    @Test
    void cognatesShareRunsAcrossLanguagesAndScripts() {
        Set<String> english = Spelling.runs("president").keySet();
        for (String word : new String[] {"presidente", "Präsident", "Президент", "prezydent"}) {
            assertTrue(shared(english, Spelling.runs(word).keySet()) >= 3, word + " " + Spelling.runs(word));
        }
        assertEquals(0, shared(english, Spelling.runs("Regierung").keySet()));
    }

    @Test
    void inflectedFormsOfOneWordShareTheirStem() {
        // Turkish and Polish case endings, Greek declension.
        assertTrue(shared(Spelling.runs("İstanbul").keySet(), Spelling.runs("İstanbul'da").keySet()) >= 5);
        assertTrue(shared(Spelling.runs("Warszawa").keySet(), Spelling.runs("Warszawie").keySet()) >= 4);
        assertTrue(shared(Spelling.runs("Αθήνα").keySet(), Spelling.runs("Αθήνας").keySet()) >= 3);
    }

    @Test
    void theWordsStartAndEndAreMarked() {
        Map<String, Integer> runs = Spelling.runs("Vulkan");
        assertEquals(Set.of(" vul", "vulk", "ulka", "lkan", "kan "), runs.keySet());
    }

    @Test
    void shortWordsAreLeftOutAndRepeatedRunsCounted() {
        assertTrue(Spelling.runs("the cat and a dog").isEmpty());
        assertEquals(2, Spelling.runs("flood, flood").get("floo"));
    }

    @Test
    void scriptsWithoutSpacesAreReadThroughTheirTransliteration() {
        // 北京 becomes "bei jing": one run-bearing syllable of four letters.
        assertTrue(Spelling.runs("北京").containsKey("jing"), Spelling.runs("北京").toString());
        assertTrue(Spelling.runs("القاهرة").size() > 2, Spelling.runs("القاهرة").toString());
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }
}
