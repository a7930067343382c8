package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleTermsTest {

    @Test
    void aLineGivesBackTheTermsAndSpellingsInOrder() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("tln", "Tallinn");
        spellings.put("hlsnk", "Helsinki");
        ArticleTerms terms = new ArticleTerms(List.of("tln", "ferry", "3.400"), spellings, Set.of("old tln"));

        ArticleTerms back = ArticleTerms.parse(terms.line());
        assertEquals(terms, back);
        assertEquals(List.of("tln", "hlsnk"), List.copyOf(back.surfaces().keySet()));
        ArticleTerms none = new ArticleTerms(List.of(), Map.of(), Set.of());
        assertEquals(none, ArticleTerms.parse(none.line()));
    }

    @Test
    void termsHoldingASeparatorAreNotKept() {
        assertNull(new ArticleTerms(List.of("a\tb"), Map.of(), Set.of()).line());
        assertNull(new ArticleTerms(List.of("a"), Map.of("k", "x\u001fy"), Set.of()).line());
        assertNull(new ArticleTerms(List.of("a"), Map.of(), Set.of("k\tl")).line());
    }
}
