package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(1.0, order.share(0, 1));
        assertEquals(1.0, order.share(1, 0));
    }

    @Test
    void theLongestRunInOrderIsTheShare() {
        // a b c d against d c b a: only one of the four in order; a b c d against a c b d: three.
        AnchorOrder order = AnchorOrder.of(List.of(reading("n:a", "n:b", "n:c", "n:d"),
                reading("n:d", "n:c", "n:b", "n:a"), reading("n:a", "n:c", "n:b", "n:d")));
        assertEquals(0.25, order.share(0, 1));
        assertEquals(0.75, order.share(0, 2));
    }

    @Test
    void tooFewSharedAnchorsSayNothing() {
        AnchorOrder order = AnchorOrder.of(List.of(reading("n:a", "n:b", "n:q"), reading("n:b", "n:a", "n:r")));
        assertEquals(1.0, order.share(0, 1));
    }
}
