package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ParsedTermsTest {

    private static final ArticleTerms TERMS = new ArticleTerms(new int[]{3, 1, 40}, new int[]{5, 6}, new int[]{5, 7});

    private static void assertTermsEqual(ArticleTerms expected, ArticleTerms actual) {
        assertNotNull(actual);
        assertArrayEquals(expected.terms(), actual.terms());
        assertArrayEquals(expected.surfaces(), actual.surfaces());
        assertArrayEquals(expected.namePairs(), actual.namePairs());
    }

    /** A build that parses {@code line} under "k" and keeps what it gives, as the search index does. */
    private static ArticleTerms build(ParsedTerms kept, String line, int known) {
        ParsedTerms.Build build = kept.new Build();
        ArticleTerms terms = build.parse("k", line, known);
        if (terms != null) {
            build.keep("k", line, terms);
        }
        build.done();
        return terms;
    }

    @Test
    void anEqualLineGivesTheTermsTheLastBuildParsed() {
        ParsedTerms kept = new ParsedTerms();
        ArticleTerms first = build(kept, TERMS.line(), 41);
        assertTermsEqual(TERMS, first);
        // a line read from the file again: equal, not the same string
        assertSame(first, build(kept, new String(TERMS.line().toCharArray()), 41));
        assertSame(first, build(kept, TERMS.line(), 100), "more numbers read it alike");
    }

    @Test
    void anotherLineOrFewerNumbersAreParsedAsTheyAre() {
        ParsedTerms kept = new ParsedTerms();
        build(kept, TERMS.line(), 41);
        ArticleTerms other = new ArticleTerms(new int[]{3, 1, 39}, new int[]{5, 6}, new int[]{5, 7});
        assertTermsEqual(other, build(kept, other.line(), 41));
        assertNull(build(kept, other.line(), 39), "a number beyond those known: no terms");
        build(kept, TERMS.line(), 41);
        assertNull(build(kept, TERMS.line(), 40), "kept terms that name a number beyond those known are not taken");
    }

    @Test
    void termsAFreshReadKeptAreTakenByTheirLine() {
        ParsedTerms kept = new ParsedTerms();
        ParsedTerms.Build build = kept.new Build();
        build.keep("k", TERMS.line(), TERMS);
        build.done();
        assertSame(TERMS, build(kept, TERMS.line(), 41));
    }
}
