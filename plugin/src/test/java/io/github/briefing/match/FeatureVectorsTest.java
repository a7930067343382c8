package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureVectorsTest {

    @Test
    void wordsAreNumberedByFirstAppearanceInArticleOrderWhateverTheStretches() {
        // Enough articles for every thread's stretch, each new word first met in a later stretch than the last.
        List<AnalysedArticle> articles = new java.util.ArrayList<>();
        String[] texts = {"harbour ferries sank", "ferries barges harbour", "council met barges", "tractors sank council",
            "harvest festival tractors", "festival farmers opened", "harbour farmers harvest", "minister opened spoke"};
        for (int k = 0; k < texts.length; k++) {
            articles.add(Fixtures.analysed("a" + k, "en", null, null, texts[k] + "."));
        }
        List<String> expected = new java.util.ArrayList<>();
        articles.forEach(a -> a.terms().forEach((term, count) -> {
            if (!expected.contains("w:" + term)) {
                expected.add("w:" + term);
            }
        }));
        FeatureVectors terms = FeatureVectors.words(articles).terms();
        assertEquals(expected, terms.names);
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(articles.get(i).terms().size(), terms.ids[i].length);
            for (int k = 1; k < terms.ids[i].length; k++) {
                assertTrue(terms.ids[i][k - 1] < terms.ids[i][k], "sorted by number");
            }
        }
    }

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

    @Test
    void numbersWrittenInWordsMeetAcrossLanguages() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("en", "en", null, null, "Three ferries and twelve barges sank near the harbour."),
                Fixtures.analysed("id", "id", null, null, "Tiga feri dan dua belas tongkang tenggelam dekat pelabuhan."),
                Fixtures.analysed("de", "de", null, null, "Der Stadtrat tagte lange."));
        FeatureVectors anchors = FeatureVectors.anchors(articles);
        assertTrue(anchors.cosine(0, 1) > 0.5, "spelled " + anchors.cosine(0, 1) + " " + anchors.shared(0, 1));
        assertEquals(0, anchors.cosine(0, 2), 1e-9);
    }

    @Test
    void aWordUsedOftenWeighsMoreThanAWordUsedOnce() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("a", "en", null, null,
                        "The harvest failed. Farmers say the harvest was poor, and the harvest price doubled."),
                Fixtures.analysed("b", "en", null, null, "The harvest festival opened."),
                Fixtures.analysed("c", "en", null, null, "Farmers opened a festival."),
                Fixtures.analysed("d", "en", null, null, "Nothing else here."));
        FeatureVectors usage = FeatureVectors.words(articles).usage();
        assertTrue(usage.cosine(0, 1) > usage.cosine(0, 2), usage.cosine(0, 1) + " vs " + usage.cosine(0, 2));
    }

    @Test
    void leadsCompareTheOpeningsOnly() {
        // Each opening fills the lead; the same long background follows.
        String later = " Then the council met and talked about other business for a long while.".repeat(10);
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("a", "en", null, null, " Floods cut the Danube bridge at Vukovar.".repeat(9) + later),
                Fixtures.analysed("b", "en", null, null, " The Danube bridge at Vukovar was cut.".repeat(9) + later),
                Fixtures.analysed("c", "en", null, null, " Elections were called in Lisbon today.".repeat(11) + later));
        FeatureVectors leads = FeatureVectors.leads(articles);
        assertTrue(leads.cosine(0, 1) > 0.5, "same opening " + leads.cosine(0, 1));
        assertTrue(leads.cosine(0, 2) < 0.2, "other opening " + leads.cosine(0, 2));
        assertTrue(FeatureVectors.words(articles).terms().cosine(0, 2) > leads.cosine(0, 2));
    }

    @Test
    void openingsSpelledAlikeMeetAcrossLanguagesAndScripts() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("en", "en", null, "President Zelensky visits Washington", "Talks on aid."),
                Fixtures.analysed("es", "es", null, "El presidente Zelenski visita Washington", "Conversaciones."),
                Fixtures.analysed("ru", "ru", null, "Президент Зеленский посетил Вашингтон", "Переговоры."),
                Fixtures.analysed("other", "en", null, "Harvest festival opens in Bavaria", "Farmers gather."));
        FeatureVectors headlines = FeatureVectors.spelled(articles, a -> a.spelling().headline());
        assertTrue(headlines.cosine(0, 1) > 0.3, "es " + headlines.cosine(0, 1));
        assertTrue(headlines.cosine(0, 2) > 0.2, "ru " + headlines.cosine(0, 2));
        assertTrue(headlines.cosine(0, 3) < 0.05, "other " + headlines.cosine(0, 3));
    }
}
