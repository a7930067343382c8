package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class KeptNumberingTest {

    private static final String[] TEXT_WORDS = {"harbour", "ferries", "council", "tractors", "festival", "farmers",
        "minister", "barges", "harvest", "bridge", "tunnel", "river", "election", "budget", "strike", "airport",
        "village", "museum", "storm", "flood", "court", "police", "school", "hospital", "market", "railway"};

    /** An article of a few of the words and a name or two, chosen by the seed. */
    private static AnalysedArticle article(String id, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("Minister " + (random.nextBoolean() ? "Tamm" : "Rossi") + " said the");
        for (int w = 0; w < 4 + random.nextInt(6); w++) {
            text.append(' ').append(TEXT_WORDS[random.nextInt(TEXT_WORDS.length)]);
        }
        text.append(" in ").append(random.nextBoolean() ? "Paris" : "Jakarta").append(" on ")
                .append(1 + random.nextInt(28)).append(" March.");
        return Fixtures.analysed(id, "en", null, null, text.toString());
    }

    private static final FeatureVectors.Kept KEPT = FeatureVectors.Kept.fresh();

    /** Each view numbered from the kept one after some articles changed, against the same view numbered afresh. */
    @Test
    void aViewNumberedFromTheLastOneEqualsOneNumberedFromNothing() {
        List<AnalysedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            corpus.add(article("a" + i, i));
        }
        FeatureVectors.Kept none = FeatureVectors.Kept.NONE;
        List<BiFunction<List<AnalysedArticle>, Boolean, FeatureVectors>> views = List.of(
                (a, kept) -> FeatureVectors.anchors(a, kept ? KEPT : none),
                (a, kept) -> FeatureVectors.words(a, kept ? KEPT : none).usage(),
                (a, kept) -> FeatureVectors.words(a, kept ? KEPT : none).terms(),
                (a, kept) -> FeatureVectors.leads(a, kept ? KEPT : none),
                (a, kept) -> FeatureVectors.spelled(a, x -> x.spelling().lead(), kept ? KEPT.headlines() : null));
        for (var view : views) {
            view.apply(corpus, true);
            List<AnalysedArticle> edited = new ArrayList<>(corpus);
            // The first article (the first appearance of most features) and others, with new words and without some.
            edited.set(0, Fixtures.analysed("a0", "en", null, null, "Mayor Okonkwo opened the aquarium on 2 May."));
            edited.set(17, article("a17", 1000));
            edited.set(40, Fixtures.analysed("a40", "en", null, null,
                    "Minister Rossi said the harbour ferries and the new aquarium in Lagos on 3 March."));
            if (view == views.get(0)) {
                assertNotNull(KEPT.anchors().since(edited, FeatureVectors::anchorFeatures, ""), "numbered from the last");
            }
            assertSame(view.apply(edited, false), view.apply(edited, true));
            // and back, from the kept numbering of the edited corpus
            assertSame(view.apply(corpus, false), view.apply(corpus, true));
            // unchanged
            assertSame(view.apply(corpus, false), view.apply(corpus, true));
        }
    }

    private static void assertSame(FeatureVectors expected, FeatureVectors actual) {
        assertEquals(expected.names, actual.names);
        assertArrayEquals(expected.df, actual.df);
        assertArrayEquals(expected.ids, actual.ids);
        assertArrayEquals(expected.norms, actual.norms);
        for (int i = 0; i < expected.size(); i++) {
            for (int k = 0; k < expected.ids[i].length; k++) {
                assertEquals(expected.weight(i, k), actual.weight(i, k));
            }
            assertEquals(expected.print(i), actual.print(i));
        }
    }
}
