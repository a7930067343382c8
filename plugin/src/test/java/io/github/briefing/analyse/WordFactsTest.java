package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFactsTest {

    private static Map<String, Integer> terms(String... words) {
        Map<String, Integer> terms = new HashMap<>();
        for (String word : words) {
            WordFacts.of(word).addTerms(terms, 1, 0);
        }
        return terms;
    }

    @Test
    void cognatesShareATermAndLongLatinWordsAddTheirSkeleton() {
        assertEquals(Map.of("ekono", 2), terms("ekonomi", "economy")); // too few consonants for a skeleton
        assertEquals(Map.of("pande", 1, "~pndnk", 1), terms("pandemic"));
        assertEquals(Map.of("dan", 1), terms("dan"));
    }

    @Test
    void aKatakanaLoanwordMeetsItsLatinOriginal() {
        assertTrue(terms("パンデミック").containsKey("~pndnk"));
    }

    @Test
    void leadFeaturesAreTheTermsNamedAndSharedBetweenArticles() {
        LeadWords.Builder first = new LeadWords.Builder();
        LeadWords.Builder second = new LeadWords.Builder();
        WordFacts.of("pandemic").lead(first, 0);
        WordFacts.of("pandemic").lead(second, 0);
        Map<String, Integer> lead = new HashMap<>();
        first.build("pandemic", List.of(new int[] {0, 8})).addTo(lead, 1);
        assertEquals(Map.of("w:pande", 1, "w:~pndnk", 1), lead);
        Map<String, Integer> again = new HashMap<>();
        second.build("pandemic", List.of(new int[] {0, 8})).addTo(again, 1);
        String key = lead.keySet().stream().filter(k -> k.startsWith("w:p")).findFirst().orElseThrow();
        String keyAgain = again.keySet().stream().filter(k -> k.startsWith("w:p")).findFirst().orElseThrow();
        assertSame(key, keyAgain);
    }

    @Test
    void aCapitalisedWordIsANameWhereItDoesNotOpenASentence() {
        WordFacts maduro = WordFacts.of("Maduro");
        assertTrue(maduro.mayBeName(() -> false));
        assertFalse(maduro.mayBeName(() -> true));
        assertEquals(NameKey.of("Maduro"), maduro.name().key());
        assertEquals("n:" + NameKey.of("Maduro"), maduro.name().feature());
        assertEquals(NameKey.skeleton("Maduro"), maduro.name().skeleton());
    }

    @Test
    void katakanaIsANameAnywhereAndMonthsLowerCaseAndCapitalsAreNone() {
        assertTrue(WordFacts.of("トランプ").mayBeName(() -> true));
        assertNull(WordFacts.of("March").name());
        assertFalse(WordFacts.of("economy").mayBeName(() -> false));
        assertFalse(WordFacts.of("NATO").mayBeName(() -> false));
        assertFalse(WordFacts.of("Al").mayBeName(() -> false));
    }

    @Test
    void aWordNamesAPlaceAsTheGazetteerSpellsItOrAsItsPeople() {
        assertEquals(new WordFacts.Place("CO", "p:CO"), WordFacts.of("Kolombia").place());
        assertEquals("VE", WordFacts.of("Venezuelan").place().code());
        assertNull(WordFacts.of("colombia").place());
        assertNull(WordFacts.of("Maduro").place());
    }
}
