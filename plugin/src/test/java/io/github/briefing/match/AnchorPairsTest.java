package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidates across scripts from pairs of figures that are each too common to propose a partner alone. */
class AnchorPairsTest {

    /** Many articles that each quote one of the two figures, with names of their own. */
    private static List<AnalysedArticle> corpus() {
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 2 * (CandidateIndex.MAX_POSTINGS + 10); i++) {
            String figure = i % 2 == 0 ? "2031" : "47";
            articles.add(Fixtures.analysed("f" + i, "en", null, null,
                    "Mayor Q" + Integer.toString(i * 7919, 26).replaceAll("\\d", "x") + "ola opened " + figure
                            + " gardens in Lima, and " + (100_000 + i) + " visitors came."));
        }
        articles.add(Fixtures.analysed("en", "en", null, null,
                "Governor Whitcombe said 47 schools will reopen in 2031 after the storm."));
        articles.add(Fixtures.analysed("ja", "ja", null, null, "知事は、嵐の後、2031年に47校が再開すると述べた。"));
        articles.add(Fixtures.analysed("ru", "ru", null, null, "Губернатор сказал, что 47 школ откроются в 2031 году."));
        return articles;
    }

    private static boolean proposed(long[] pairs, int n, int i, int j) {
        long pair = Math.min(i, j) * (long) n + Math.max(i, j);
        return Arrays.stream(pairs).anyMatch(p -> p == pair);
    }

    @Test
    void twoCommonFiguresTogetherProposeAPairAcrossScripts() {
        List<AnalysedArticle> articles = corpus();
        int n = articles.size();
        FeatureVectors anchors = FeatureVectors.anchors(articles);
        assertFalse(proposed(CandidateIndex.pairs(anchors), n, n - 3, n - 2), "each figure alone is too common");
        long[] pairs = PairFinder.crossScript(anchors, Scripts.of(articles), Copies.none(n));
        assertTrue(proposed(pairs, n, n - 3, n - 2));
        assertTrue(proposed(pairs, n, n - 2, n - 1));
        assertTrue(proposed(pairs, n, n - 3, n - 1));
    }

    @Test
    void withinOneScriptFiguresDoNotProposeByThemselves() {
        List<AnalysedArticle> articles = new ArrayList<>(corpus());
        articles.add(Fixtures.analysed("de", "de", null, null,
                "Der Gouverneur sagte, 47 Schulen würden 2031 nach dem Sturm wieder öffnen."));
        int n = articles.size();
        long[] pairs = PairFinder.crossScript(FeatureVectors.anchors(articles), Scripts.of(articles),
                Copies.none(articles.size()));
        assertFalse(proposed(pairs, n, n - 4, n - 1), "en and de share a script");
        assertTrue(proposed(pairs, n, n - 3, n - 1), "ja and de do not");
    }

    @Test
    void oneSharedFigureIsNoPair() {
        List<AnalysedArticle> articles = corpus();
        int n = articles.size();
        long[] pairs = PairFinder.crossScript(FeatureVectors.anchors(articles), Scripts.of(articles),
                Copies.none(articles.size()));
        assertFalse(proposed(pairs, n, 0, n - 2));
        assertFalse(proposed(pairs, n, 1, n - 2));
    }
}
