package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleTermsTest {

    private static void assertSame(ArticleTerms expected, ArticleTerms actual) {
        assertArrayEquals(expected.terms(), actual.terms());
        assertArrayEquals(expected.surfaces(), actual.surfaces());
        assertArrayEquals(expected.namePairs(), actual.namePairs());
    }

    @Test
    void aLineGivesBackTheNumbersInOrder() {
        ArticleTerms terms = new ArticleTerms(new int[] {7, 0, 1295, 36}, new int[] {5, 9, 1, 2}, new int[] {5, 1});

        assertSame(terms, ArticleTerms.parse(terms.line(), 1296));
        ArticleTerms none = new ArticleTerms(new int[0], new int[0], new int[0]);
        assertSame(none, ArticleTerms.parse(none.line(), 0));
    }

    @Test
    void aLineNamingAWordBeyondTheKnownOnesOrDamagedIsNotTaken() {
        String line = new ArticleTerms(new int[] {3, 12}, new int[] {4, 5}, new int[0]).line();
        assertNull(ArticleTerms.parse(line, 12), "12 is not among 0-11");
        assertNull(ArticleTerms.parse(line.replace('3', '-'), 13));
        assertNull(ArticleTerms.parse(line.substring(0, line.length() - 1), 13), "a line cut short");
        assertNull(ArticleTerms.parse(line.substring(line.indexOf('|', 1)), 13), "a part missing");
        assertNull(ArticleTerms.parse(new ArticleTerms(new int[0], new int[] {4}, new int[0]).line(), 13),
                "a key without its spelling");
    }

    @Test
    void renumberingChangesEveryNumber() {
        ArticleTerms terms = new ArticleTerms(new int[] {4, 1}, new int[] {1, 3}, new int[] {3, 4});
        int[] renumbered = {-1, 0, -1, 2, 1};
        assertSame(new ArticleTerms(new int[] {1, 0}, new int[] {0, 2}, new int[] {2, 1}),
                terms.renumbered(renumbered));
    }

    @Test
    void partsJoinedAsOneTextKeepEachTermKeyAndPairOnceWhereItFirstCame() {
        ArticleTerms headline = new ArticleTerms(new int[] {1, 2}, new int[] {7, 8}, new int[] {7, 10});
        ArticleTerms body = new ArticleTerms(new int[] {3, 2, 4, 1}, new int[] {7, 9, 10, 11},
                new int[] {7, 10, 10, 7, 7, 12});
        ArticleTerms outlet = new ArticleTerms(new int[] {5, 4}, new int[] {13, 14}, new int[0]);

        assertSame(new ArticleTerms(new int[] {1, 2, 3, 4, 5}, new int[] {7, 8, 10, 11, 13, 14},
                        new int[] {7, 10, 10, 7, 7, 12}),
                ArticleTerms.joined(headline, body, outlet));
        assertSame(body, ArticleTerms.joined(ArticleTerms.NONE, body, ArticleTerms.NONE));
        assertSame(ArticleTerms.NONE, ArticleTerms.joined(ArticleTerms.NONE, ArticleTerms.NONE));
    }

    @Test
    void aLineWritesEachNumberInBase36() {
        int[] numbers = new java.util.Random(7).ints(2000, 0, Integer.MAX_VALUE).map(n -> n >> (n % 31)).toArray();
        numbers[0] = 0;
        numbers[1] = 35;
        numbers[2] = 36;
        numbers[3] = Integer.MAX_VALUE;
        numbers[4] = -1;
        numbers[5] = Integer.MIN_VALUE;
        StringBuilder expected = new StringBuilder("|");
        for (int n : numbers) {
            expected.append(Integer.toString(n, Character.MAX_RADIX)).append(' ');
        }
        assertEquals(expected + "|1 |", new ArticleTerms(numbers, new int[] {1}, new int[0]).line());
    }
}
