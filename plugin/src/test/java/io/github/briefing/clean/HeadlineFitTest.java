package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineFitTest {

    @Test
    void aLineIsRightWithTheSameWordsOrAtMostHalfAsManyAgain() {
        assertTrue(HeadlineFit.lenientMatch("Harbour bridge to close", "HARBOUR BRIDGE TO CLOSE!"));
        assertTrue(HeadlineFit.lenientMatch("Harbour bridge to close", "Harbour bridge to close - Gazette"));
        assertFalse(HeadlineFit.lenientMatch("Harbour bridge to close", "News: Harbour bridge to close - The Coastal Gazette"));
        assertFalse(HeadlineFit.lenientMatch("Harbour bridge to close", "Harbour bridge to open"));
    }

    @Test
    void theFitPrefersTheFeatureThatMarksTheRightLine() {
        int n = HeadlineFeature.values().length;
        double[] right = new double[n];
        double[] wrong = new double[n];
        right[HeadlineFeature.ASKS.ordinal()] = 1;
        wrong[HeadlineFeature.COMMA.ordinal()] = 1;
        List<HeadlineFit.Page> pages = List.of(
                new HeadlineFit.Page("a", "s", List.of(right, wrong), new boolean[] {true, false}),
                new HeadlineFit.Page("b", "s", List.of(wrong, right), new boolean[] {false, true}));
        double[] w = HeadlineFit.fit(pages);
        assertTrue(w[HeadlineFeature.ASKS.ordinal()] > w[HeadlineFeature.COMMA.ordinal()]);
        assertEquals(1.0, HeadlineFit.accuracy(w, pages));
    }

    @Test
    void aTextWhoseFirstLineIsTheHeadlineCountsLessThanAScrapedPage() {
        int n = HeadlineFeature.values().length;
        double[] asks = new double[n];
        double[] comma = new double[n];
        asks[HeadlineFeature.ASKS.ordinal()] = 1;
        comma[HeadlineFeature.COMMA.ordinal()] = 1;
        List<HeadlineFit.Page> pages = List.of(
                new HeadlineFit.Page("page", "s", List.of(asks, comma), new boolean[] {true, false}),
                new HeadlineFit.Page("text", "first line", List.of(asks, comma), new boolean[] {false, true}));
        double[] w = HeadlineFit.fit(pages);
        assertTrue(w[HeadlineFeature.ASKS.ordinal()] > w[HeadlineFeature.COMMA.ordinal()]);
    }
}
