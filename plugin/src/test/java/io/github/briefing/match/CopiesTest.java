package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many copies of one text, as a wire story run by many outlets, among other articles. */
class CopiesTest {

    private static final String TEXT = "Dockworkers in Rotterdam ended a strike of 11 days after talks with the"
            + " operator Havenbedrijf, the union FNV said, as 120 ships waited offshore. Negotiator Karremans called"
            + " the deal fair to both sides and said crane crews would return on Monday morning. Shipping lines"
            + " had diverted cargo to Antwerp and Hamburg while the terminals stood idle for nearly two weeks.";

    /** More copies than an article keeps proposals: unchecked, they would propose only each other. */
    private static final int COPIES = 2 * CandidateIndex.PER_ARTICLE;

    /** Filler, then the copies, each under a line of its own outlet, then another outlet's own telling. */
    private static List<AnalysedArticle> corpus() {
        List<AnalysedArticle> articles = PairFinderTest.filler(40);
        for (int k = 0; k < COPIES; k++) {
            articles.add(Fixtures.analysed("copy" + k, "en", PairFinderTest.DAY, null,
                    "Published by outlet number " + (k + 1), TEXT));
        }
        articles.add(telling());
        return articles;
    }

    /** Another outlet's own telling of the text's story. */
    private static AnalysedArticle telling() {
        return Fixtures.analysed("telling", "en", PairFinderTest.DAY, null, "The Rotterdam strike by FNV members is"
                + " over after 11 days: Havenbedrijf agreed terms, Karremans said, and 120 ships can dock.");
    }

    @Test
    void copiesAreGroupedAndOtherTellingsAreNot() {
        List<AnalysedArticle> articles = corpus();
        Views views = Views.of(articles);
        Copies copies = Copies.of(NearDuplicates.pairs(NearDuplicates.signatures(views.terms(), null, null)),
                views.terms());
        int first = articles.size() - 1 - COPIES;
        for (int k = 0; k < COPIES; k++) {
            assertEquals(first, copies.first(first + k), "copy " + k);
        }
        assertNotEquals(first, copies.first(articles.size() - 1));
        assertEquals(0, copies.first(0));
    }

    @Test
    void everyCopyMeetsAnotherTellingAndCopiesAreChainedInLinearlyManyPairs() {
        List<AnalysedArticle> articles = corpus();
        int n = articles.size();
        int telling = n - 1;
        int first = telling - COPIES;
        long[] candidates = PairFinder.candidates(Views.of(articles));
        for (int k = 0; k < COPIES; k++) {
            long pair = (long) (first + k) * n + telling;
            assertTrue(Arrays.stream(candidates).anyMatch(p -> p == pair), "copy " + k + " and the other telling");
        }
        long withinGroup = Arrays.stream(candidates).filter(p -> p / n >= first && p % n >= first && p % n < telling)
                .count();
        for (int k = 1; k < COPIES; k++) {
            long pair = (long) (first + k - 1) * n + first + k;
            assertTrue(Arrays.stream(candidates).anyMatch(p -> p == pair), "copy " + k + " and the one before");
        }
        assertTrue(withinGroup <= 3L * COPIES, "not all " + COPIES * (COPIES - 1) / 2 + " pairs: " + withinGroup);
    }
    /**
     * Filler, then a text with a word changed, five copies of it word for word, one with its text in two paragraphs,
     * one with two of its sentences joined, then another outlet's own telling.
     */
    private static List<AnalysedArticle> wordForWord() {
        List<AnalysedArticle> articles = PairFinderTest.filler(40);
        String headline = "Rotterdam dock strike ends";
        articles.add(Fixtures.analysed("edited", "en", PairFinderTest.DAY, headline, TEXT.replace("fair", "unfair")));
        for (int k = 0; k < 5; k++) {
            articles.add(Fixtures.analysed("copy" + k, "en", PairFinderTest.DAY, headline, TEXT));
        }
        int cut = TEXT.indexOf(" Shipping");
        articles.add(Fixtures.analysed("split", "en", PairFinderTest.DAY, headline, TEXT.substring(0, cut),
                TEXT.substring(cut + 1)));
        articles.add(Fixtures.analysed("joined", "en", PairFinderTest.DAY, headline,
                TEXT.replace(". Negotiator", "; negotiator")));
        articles.add(telling());
        return articles;
    }

    @Test
    void aCopyWordForWordStandsInForTheFirstItEqualsAndACopyWithAnyChangeForNone() {
        List<AnalysedArticle> articles = wordForWord();
        int edited = 40;
        int copy = 41;
        int split = 46;
        int joined = 47;
        Views views = Views.of(articles);
        Copies copies = PairFinder.candidates(views, false).copies();
        int[] standIn = views.standIns(copies);
        for (int k = copy; k <= joined; k++) {
            assertEquals(edited, copies.first(k), articles.get(k).id() + " is a copy");
        }
        for (int k = copy + 1; k < split; k++) {
            assertEquals(copy, standIn[k], articles.get(k).id());
        }
        // The same words in the same order: only the sentences' lengths tell the two apart.
        assertEquals(views.print(copy), views.print(joined));
        for (int itself : new int[] {edited, copy, split, joined, articles.size() - 1, 0}) {
            assertEquals(itself, standIn[itself], articles.get(itself).id() + " has inputs of its own");
        }
    }

    @Test
    void everyPairIsScoredAsItIsAlone() {
        List<AnalysedArticle> articles = wordForWord();
        int n = articles.size();
        RememberedScores memory = new RememberedScores();
        new PairFinder().find(articles, memory);
        Map<Long, double[]> remembered = memory.scores;
        Views views = Views.of(articles);
        int telling = n - 1;
        for (int a = 40; a < telling; a++) {
            assertTrue(remembered.containsKey((long) a * n + telling), articles.get(a).id() + " and the telling");
        }
        remembered.forEach((pair, scores) -> {
            PairScore alone = PairScore.of((int) (pair / n), (int) (pair % n), views, PairFinder.REPORTING_FLOOR);
            assertArrayEquals(alone == null ? new double[0] : alone.values(), scores, 1e-12,
                    articles.get((int) (pair / n)).id() + " and " + articles.get((int) (pair % n)).id());
        });
    }
}
