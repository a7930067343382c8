package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureVectorsTest {

    /** One article that uses a word three times, two that share it or another word once. */
    private static final List<AnalysedArticle> HARVEST = List.of(
            Fixtures.analysed("a", "en", null, null,
                    "The harvest failed. Farmers say the harvest was poor, and the harvest price doubled."),
            Fixtures.analysed("b", "en", null, null, "The harvest festival opened."),
            Fixtures.analysed("c", "en", null, null, "Farmers opened a festival."),
            Fixtures.analysed("d", "en", null, null, "Nothing else here."));

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
    void rarityIsTheLogarithmOfHowRareAFeatureIsWithinHalfAStep() {
        java.util.Random random = new java.util.Random(7);
        for (int t = 0; t < 10_000; t++) {
            int n = 1 + random.nextInt(200_000);
            int df = 1 + random.nextInt(n);
            double rough = FeatureVectors.rarity(n, df);
            double halfStep = 0.5 / (rough > FeatureVectors.COMMON_BELOW ? FeatureVectors.RARITY_STEPS
                    : FeatureVectors.COMMON_STEPS);
            // n is taken to two significant digits: at most a tenth less than it is
            assertTrue(rough <= Math.log(1 + n / (double) df) + halfStep + 1e-12, n + "/" + df);
            assertTrue(rough >= Math.log(1 + 0.9 * n / df) - halfStep - 1e-12, n + "/" + df);
            assertTrue(df == 1 || FeatureVectors.rarity(n, df - 1) >= rough, "rarer, never lighter");
        }
    }

    @Test
    void aCommonFeaturesRarityMovesInCoarserStepsThanARareOnes() {
        int n = 10_000;
        int commonSteps = 0;
        for (int df = 2; df <= n; df++) {
            double before = FeatureVectors.rarity(n, df - 1);
            double after = FeatureVectors.rarity(n, df);
            if (after != before && before <= FeatureVectors.COMMON_BELOW) {
                assertEquals(1 / FeatureVectors.COMMON_STEPS, before - after, 1e-9, "one coarse step, at " + df);
                commonSteps++;
            }
        }
        // From 4 down to log(2) (a feature every article holds), for words held by a fiftieth of the articles or more.
        assertTrue(commonSteps <= Math.ceil((FeatureVectors.COMMON_BELOW - Math.log(2)) * FeatureVectors.COMMON_STEPS),
                "common steps " + commonSteps);
    }

    @Test
    void anEditThatAddsCommonWordsLeavesTheOtherArticlesVectorsAsTheyWere() {
        // 300 articles that all use the words the edit adds: with exact rarities every one of their vectors changed.
        List<AnalysedArticle> before = new java.util.ArrayList<>();
        for (int k = 0; k < 300; k++) {
            before.add(Fixtures.analysed("a" + k, "en", null, null, "Farmers in village" + k + " say the harvest "
                    + (k % 2 == 0 ? "failed" : "was poor") + " and prices rose by " + k + " percent."));
        }
        // The edited article comes after the first use of each word it adds, so no word is numbered anew.
        int edited = 298;
        List<AnalysedArticle> after = new java.util.ArrayList<>(before);
        after.set(edited, Fixtures.analysed("a" + edited, "en", null, null, "Farmers in village" + edited
                + " say the harvest failed and prices rose by " + edited + " percent. It was poor."));
        FeatureVectors.Words wordsBefore = FeatureVectors.words(before);
        FeatureVectors.Words wordsAfter = FeatureVectors.words(after);
        int kept = 0;
        for (int i = 0; i < before.size(); i++) {
            kept += i != edited && wordsBefore.terms().print(i) == wordsAfter.terms().print(i)
                    && wordsBefore.usage().print(i) == wordsAfter.usage().print(i) ? 1 : 0;
        }
        assertEquals(before.size() - 1, kept, "vectors of unedited articles unchanged");
        assertTrue(wordsBefore.terms().print(edited) != wordsAfter.terms().print(edited), "the edited one changed");
    }

    @Test
    void namesInKanjiLeaveTheScriptFreeCosineWhole() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("en", "en", null, null,
                        "Minister Tanaka and Governor Sato met in Peru; 4,250 people and 380 soldiers, 12 June."),
                Fixtures.analysed("ja", "ja", null, null, "田中大臣と佐藤知事はペルーで会談した。4,250人と兵士380人、6月12日。"),
                Fixtures.analysed("other", "en", null, null, "Minister Lindqvist spoke in Chile of 77 tractors."));
        FeatureVectors.Spread spread = FeatureVectors.anchors(articles).spread();
        double[] cosines = spread.cosines(0, 1);
        assertTrue(cosines[1] > 0.7, "script-free " + cosines[1]);
        assertTrue(cosines[0] < cosines[1] - 0.2, "all " + cosines[0]);
        assertEquals(0, spread.cosines(1, 2)[1], 1e-9);
    }

    @Test
    void anArticleLaidOutComparesAsTheMergeDoesToTheBit() {
        List<AnalysedArticle> articles = PairFinderBenchmark.corpus(150, new Random(7));
        Views views = Views.of(articles);
        List<FeatureVectors> each = List.of(views.anchors(), views.terms(), views.usage(), views.leads(),
                views.headlines(), views.openings());
        Views.Spread spread = views.spread();
        Random random = new Random(8);
        int compared = 0;
        for (int k = 0; k < 20_000; k++) {
            // Runs of pairs with one first article, as the candidates are scored, and single pairs between.
            int i = random.nextInt(articles.size());
            for (int run = random.nextBoolean() ? 1 : 1 + random.nextInt(20); run > 0; run--) {
                int j = random.nextInt(articles.size());
                double[] words = spread.terms().cosines(views.usage(), i, j);
                assertEquals(views.terms().cosine(i, j), words[0], i + " and " + j);
                assertEquals(views.usage().cosine(i, j), words[1], i + " and " + j);
                assertEquals(views.anchors().cosine(i, j), spread.anchors().cosine(i, j), i + " and " + j);
                assertEquals(views.leads().cosine(i, j), spread.leads().cosine(i, j), i + " and " + j);
                assertEquals(views.headlines().cosine(i, j), spread.headlines().cosine(i, j), i + " and " + j);
                assertEquals(views.openings().cosine(i, j), spread.openings().cosine(i, j), i + " and " + j);
                double[] anchors = spread.anchors().cosines(i, j);
                assertEquals(views.anchors().cosine(i, j), anchors[0], i + " and " + j);
                // The script-free cosine sums the same products in the same order from either side.
                assertEquals(views.anchors().spread().cosines(j, i)[1], anchors[1], i + " and " + j);
                compared += each.stream().allMatch(v -> v.cosine(i, j) > 0 && v.cosine(i, j) < 1) ? 1 : 0;
            }
        }
        assertTrue(compared > 1_000, "pairs sharing something in every view, neither empty nor alike: " + compared);
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
        FeatureVectors usage = FeatureVectors.words(HARVEST).usage();
        assertTrue(usage.cosine(0, 1) > usage.cosine(0, 2), usage.cosine(0, 1) + " vs " + usage.cosine(0, 2));
    }

    @Test
    void aWeightIsTheWeightGivenTimesTheFeaturesRarityToTheBit() {
        List<AnalysedArticle> articles = HARVEST;
        FeatureVectors.Words words = FeatureVectors.words(articles);
        FeatureVectors.Numbered uses = FeatureVectors.Numbered.of(articles, a -> {
            Listed listed = new Listed(a.terms().size());
            a.terms().forEach(listed::add);
            return listed;
        }, "w:", null);
        for (int i = 0; i < articles.size(); i++) {
            for (int k = 0; k < uses.ids()[i].length; k++) {
                double rarity = FeatureVectors.rarity(articles.size(), uses.df()[uses.ids()[i][k]]);
                assertEquals(rarity, words.terms().weight(i, k), "counted once: its rarity");
                assertEquals(FeatureVectors.often((int) uses.given()[i][k]) * rarity, words.usage().weight(i, k));
            }
        }
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
