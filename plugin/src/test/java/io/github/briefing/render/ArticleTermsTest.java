package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleTermsTest {

    private static void assertSame(ArticleTerms expected, ArticleTerms actual) {
        assertArrayEquals(expected.terms(), actual.terms());
        assertEquals(expected.surfaces(), actual.surfaces());
        assertEquals(List.copyOf(expected.surfaces().keySet()), List.copyOf(actual.surfaces().keySet()));
        assertEquals(expected.namePairs(), actual.namePairs());
    }

    @Test
    void aLineGivesBackTheTermsAndSpellingsInOrder() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("tln", "Tallinn");
        spellings.put("hlsnk", "Helsinki");
        ArticleTerms terms = new ArticleTerms(new int[] {7, 0, 1295, 36}, spellings, Set.of("old tln"));

        assertSame(terms, ArticleTerms.parse(terms.line(), 1296));
        ArticleTerms none = new ArticleTerms(new int[0], Map.of(), Set.of());
        assertSame(none, ArticleTerms.parse(none.line(), 0));
    }

    @Test
    void aLineNamingATermBeyondTheKnownOnesOrDamagedIsNotTaken() {
        String line = new ArticleTerms(new int[] {3, 12}, Map.of("k", "K"), Set.of()).line();
        assertNull(ArticleTerms.parse(line, 12), "12 is not among 0-11");
        assertNull(ArticleTerms.parse(line.replace('3', '-'), 13));
        assertNull(ArticleTerms.parse(line.substring(0, line.indexOf('\t')), 13), "a line cut short");
    }

    @Test
    void renumberingChangesOnlyTheTerms() {
        ArticleTerms terms = new ArticleTerms(new int[] {4, 1}, Map.of("k", "K"), Set.of("k l"));
        ArticleTerms again = terms.renumbered(new int[] {-1, 0, -1, -1, 1});
        assertSame(new ArticleTerms(new int[] {1, 0}, terms.surfaces(), terms.namePairs()), again);
    }

    @Test
    void spellingsHoldingASeparatorAreNotKept() {
        assertNull(new ArticleTerms(new int[] {1}, Map.of("k", "x\u001fy"), Set.of()).line());
        assertNull(new ArticleTerms(new int[] {1}, Map.of(), Set.of("k\tl")).line());
        assertNull(new ArticleTerms(new int[] {1}, Map.of("k\n", "x"), Set.of()).line());
    }
}
