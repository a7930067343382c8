package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorOrderTest {

    private static AnalysedArticle reading(String... order) {
        AnalysedArticle a = Fixtures.analysed("x", "en", null, null, "text");
        return new AnalysedArticle(a.article(), a.anchors(), List.of(order), Set.of(), Map.of(), Map.of(), List.of(),
                null, null);
    }

    @Test
    void sharedAnchorsInTheSameOrderScoreOne() {
        AnchorOrder order = AnchorOrder.of(List.of(reading("n:a", "p:b", "#:1", "n:c", "n:z"),
                reading("n:y", "n:a", "n:a", "p:b", "#:1", "n:c")));
        assertEquals(1.0, order.spread().share(0, 1));
        assertEquals(1.0, order.spread().share(1, 0));
    }

    @Test
    void theLongestRunInOrderIsTheShare() {
        // a b c d against d c b a: only one of the four in order; a b c d against a c b d: three.
        AnchorOrder order = AnchorOrder.of(List.of(reading("n:a", "n:b", "n:c", "n:d"),
                reading("n:d", "n:c", "n:b", "n:a"), reading("n:a", "n:c", "n:b", "n:d")));
        AnchorOrder.Spread spread = order.spread();
        assertEquals(0.25, spread.share(0, 1));
        assertEquals(0.75, spread.share(0, 2));
        assertEquals(0.75, spread.share(2, 0));
        assertEquals(0.25, spread.share(1, 0));
    }

    @Test
    void tooFewSharedAnchorsSayNothing() {
        AnchorOrder order = AnchorOrder.of(List.of(reading("n:a", "n:b", "n:q"), reading("n:b", "n:a", "n:r")));
        assertEquals(1.0, order.spread().share(0, 1));
    }

    /** Articles reading some of a few anchors in an order the seed chooses. */
    private static List<AnalysedArticle> shuffled(int count, long seed) {
        Random random = new Random(seed);
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> anchors = new ArrayList<>(List.of("n:a", "n:b", "p:c", "#:1", "#:2", "d:3", "n:e", "n:f"));
            Collections.shuffle(anchors, random);
            articles.add(reading(anchors.subList(0, 4 + random.nextInt(4)).toArray(String[]::new)));
        }
        return articles;
    }

    @Test
    void anOrderKeptFromTheLastBuildSharesAsOneMadeAfresh() {
        List<AnalysedArticle> corpus = shuffled(12, 1);
        AnchorOrder.Kept kept = new AnchorOrder.Kept();
        AnchorOrder.of(corpus, kept);
        List<AnalysedArticle> edited = new ArrayList<>(corpus);
        edited.set(0, reading("n:g", "n:a", "#:1", "n:h", "p:c"));
        edited.set(5, shuffled(1, 2).get(0));
        assertSameShares(AnchorOrder.of(edited, null), AnchorOrder.of(edited, kept), edited.size());
        // and back, from the order kept of the edited corpus
        assertSameShares(AnchorOrder.of(corpus, null), AnchorOrder.of(corpus, kept), corpus.size());
    }

    private static void assertSameShares(AnchorOrder expected, AnchorOrder actual, int n) {
        AnchorOrder.Spread spread = actual.spread();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(expected.spread().share(i, j), spread.share(i, j), i + " and " + j);
            }
        }
    }

    @Test
    void oneSpreadSharesAsAFreshOneWhateverItHeldBefore() {
        List<AnalysedArticle> corpus = shuffled(30, 3);
        AnchorOrder order = AnchorOrder.of(corpus);
        AnchorOrder.Spread spread = order.spread();
        Random random = new Random(4);
        Set<Double> shares = new java.util.HashSet<>();
        for (int k = 0; k < 2_000; k++) {
            int i = random.nextInt(corpus.size());
            int j = random.nextInt(corpus.size());
            double share = order.spread().share(i, j);
            assertEquals(share, spread.share(i, j), i + " and " + j);
            shares.add(share);
        }
        assertTrue(shares.size() > 3, "shares vary: " + shares);
    }
}
