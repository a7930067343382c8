package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextWordsTest {

    @Test
    void aWordsFactsAreAskedOncePerText() {
        List<String> asked = new ArrayList<>();
        TextWords words = new TextWords(word -> {
            asked.add(word);
            return WordFacts.of(word);
        });
        TextWords.Word first = words.of("pandemic");
        assertSame(first, words.of("pandemic"));
        words.of("economy");
        assertEquals(List.of("pandemic", "economy"), asked);
    }

    /** Occurrences summed per word give the terms that counting each occurrence in turn gives. */
    @Test
    void termsAreTheOccurrencesSummed() {
        TextWords words = new TextWords(WordFacts::of);
        words.of("pandemic").count(null, 0);
        words.of("pandemic").count(null, 5);
        words.of("pandemic").countTerm(null, 7); // a further word of a place's name: its term alone
        words.of("ekonomi").count(null, 8);
        words.of("economy").count(null, 9);
        assertEquals(Map.of("pande", 3, "~pndnk", 2, "ekono", 2), words.terms());
    }

    @Test
    void occurrencesInTheLeadGiveItTheirFeaturesAtTheirWord() {
        TextWords words = new TextWords(WordFacts::of);
        LeadWords.Builder lead = new LeadWords.Builder();
        words.of("pandemic").count(lead, 0);
        words.of("pandemic").countTerm(lead, 1);
        words.of("pandemic").count(null, 2); // past the lead
        Map<String, Integer> features = new HashMap<>();
        lead.build("pandemic pandemic pandemic", List.of(new int[] {0, 8}, new int[] {9, 17}, new int[] {18, 26}))
                .addTo(features, 1);
        assertEquals(Map.of("w:pande", 1, "w:~pndnk", 1), features);
        features.clear();
        lead.build("pandemic pandemic pandemic", List.of(new int[] {0, 8}, new int[] {9, 17}, new int[] {18, 26}))
                .addTo(features, 3);
        assertEquals(Map.of("w:pande", 2, "w:~pndnk", 1), features);
    }
}
