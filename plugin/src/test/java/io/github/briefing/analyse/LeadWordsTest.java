package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeadWordsTest {

    @Test
    void theFirstWordsGiveTheirFeaturesCountedAndNumbersInWordsOnce() {
        LeadWords.Builder builder = new LeadWords.Builder();
        builder.count("w:flood", 0);
        builder.spell("s:3", 1);
        builder.count("w:flood", 2);
        builder.spell("s:3", 3);
        builder.count("p:PE", 4);
        String text = "Flood three flood three Peru";
        LeadWords lead = builder.build(text, List.of(new int[] {0, 5}, new int[] {6, 11}, new int[] {12, 17},
                new int[] {18, 23}, new int[] {24, 28}));
        Map<String, Integer> all = new HashMap<>();
        lead.addTo(all, AnchorExtractor.LEAD_WORDS);
        assertEquals(Map.of("w:flood", 2, "s:3", 1, "p:PE", 1), all);
        Map<String, Integer> first = new HashMap<>();
        lead.addTo(first, 2);
        assertEquals(Map.of("w:flood", 1, "s:3", 1), first);
        assertEquals(5, lead.words());
    }

    @Test
    void numbersAreThoseWrittenUpToTheLastWordTaken() {
        String text = "Some 4,250 homes and 12 million dollars lost, said 300 officials";
        List<int[]> spans = List.of(new int[] {0, 4}, new int[] {11, 16}, new int[] {17, 20}, new int[] {24, 31},
                new int[] {32, 39}, new int[] {40, 44}, new int[] {46, 50}, new int[] {55, 64});
        LeadWords lead = new LeadWords.Builder().build(text, spans);
        assertEquals(Set.of("4250"), lead.numbers(2));
        assertEquals(Set.of("4250"), lead.numbers(3));
        assertEquals(Set.of("4250", "12000000"), lead.numbers(4));
        assertEquals(Set.of("4250", "12000000"), lead.numbers(7));
        assertEquals(Set.of("4250", "12000000", "300"), lead.numbers(8));
        assertEquals(Set.of("4250", "12000000", "300"), lead.numbers(AnchorExtractor.LEAD_WORDS));
    }
}
