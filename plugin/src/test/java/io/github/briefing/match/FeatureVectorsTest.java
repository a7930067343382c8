package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureVectorsTest {

    @Test
    void namesInKanjiLeaveTheScriptFreeCosineWhole() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("en", "en", null, null,
                        "Minister Tanaka and Governor Sato met in Peru; 4,250 people and 380 soldiers, 12 June."),
                Fixtures.analysed("ja", "ja", null, null, "田中大臣と佐藤知事はペルーで会談した。4,250人と兵士380人、6月12日。"),
                Fixtures.analysed("other", "en", null, null, "Minister Lindqvist spoke in Chile of 77 tractors."));
        double[] cosines = FeatureVectors.anchors(articles).cosines(0, 1);
        assertTrue(cosines[1] > 0.7, "script-free " + cosines[1]);
        assertTrue(cosines[0] < cosines[1] - 0.2, "all " + cosines[0]);
        assertEquals(0, FeatureVectors.anchors(articles).cosines(1, 2)[1], 1e-9);
    }
}
